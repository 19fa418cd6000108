package dev.fundcrm.app.web;

/**
 * The review pages on the demo fund, in memory, until Ctrl-C: the README's way to see the inbox. Prints the
 * sign-in address and the demo's tokens (Alice is an admin, Carol a member). Drafts and mail go to recording
 * fakes: nothing leaves the machine. The first argument is the port (default 7070).
 */
public final class ReviewDemo {

    private ReviewDemo() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7070;
        ReviewFixture demo = new ReviewFixture(WebConfig.plainHttp(), port, false);
        Runtime.getRuntime().addShutdownHook(new Thread(demo::close));
        System.out.println();
        System.out.println("fundcrm review pages, demo fund in memory: " + demo.url("/sign-in"));
        System.out.println("  sign in as Alice (admin) with this token: " + demo.adminToken);
        System.out.println("  or as Carol (member) with this token:     " + demo.memberToken);
        System.out.println("Keys in the inbox: j/k move, a approve, r reject, e reassign, x select, ? help. Ctrl-C stops.");
        Thread.currentThread().join();
    }
}
