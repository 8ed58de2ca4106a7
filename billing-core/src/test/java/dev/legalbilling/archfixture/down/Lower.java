package dev.legalbilling.archfixture.down;

import dev.legalbilling.archfixture.down.internal.Helper;
import dev.legalbilling.archfixture.up.Upper;

/** Test fixture for {@code PackageCyclesTest}: closes the cycle {@code down -> up -> down}. */
public final class Lower {
    private Lower() {
    }

    /** @return a value made with its internal helper */
    public static Object make() {
        return Helper.help();
    }

    /** @return the upper value: the dependency that closes the cycle */
    public static Object upper() {
        return Upper.lower();
    }
}
