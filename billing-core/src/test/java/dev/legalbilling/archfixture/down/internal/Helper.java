package dev.legalbilling.archfixture.down.internal;

import dev.legalbilling.archfixture.down.Lower;

/** Test fixture for {@code PackageCyclesTest}: an internal package that uses its parent back, which is allowed. */
public final class Helper {
    private Helper() {
    }

    /** @return a value naming its parent package's type */
    public static Object help() {
        return Lower.class.getSimpleName();
    }
}
