package fi.kuopas.suite;

/** A JVM that says it is up ('!') and sleeps: a stand-in for a service in SupervisorTest. */
public final class Sleeper {

    private Sleeper() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.print('!');
        System.out.flush();
        Thread.sleep(120_000);
    }
}
