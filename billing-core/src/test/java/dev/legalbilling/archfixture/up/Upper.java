package dev.legalbilling.archfixture.up;

import dev.legalbilling.archfixture.down.Lower;

/** Test fixture for {@code PackageCyclesTest}: {@code up} uses {@code down}, which uses {@code up} back. */
public final class Upper {
    private Upper() {
    }

    /** @return a lower value */
    public static Object lower() {
        return Lower.make();
    }
}
