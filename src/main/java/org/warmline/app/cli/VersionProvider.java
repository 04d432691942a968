package org.warmline.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (the pom's version). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Warmline " + (v == null ? "development" : v)};
    }
}
