package org.warmline.app;

/**
 * Entry point of the installed "Warmline Server" launcher: runs {@code warmline server} with the
 * launcher's own arguments. A separate main class is needed because an installer launcher's
 * default arguments are dropped as soon as the user passes any (e.g. {@code --data-dir}).
 */
public final class ServerLauncher {
    private ServerLauncher() {
    }

    public static void main(String[] args) {
        Main.main(withServer(args));
    }

    /** The arguments for {@link Main}: {@code server} followed by the launcher's arguments. */
    static String[] withServer(String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = "server";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
