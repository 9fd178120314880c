package be.mmmbelgium.site.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A real S3 server for the tests: s3proxy over a temporary directory, started once per
 * run in a process of its own (its jar is put in {@code target/s3proxy} by the build) and
 * stopped when the tests end. Each test takes a bucket of its own.
 */
public final class S3Server {

	public static final String ACCESS_KEY = "test-access-key";

	public static final String SECRET_KEY = "test-secret-key";

	private static S3Server running;

	private final int port;

	private S3Server(int port) {
		this.port = port;
	}

	/** The server, started on first use. */
	public static synchronized S3Server get() {
		if (running == null) {
			running = start();
		}
		return running;
	}

	public String endpoint() {
		return "http://127.0.0.1:" + this.port;
	}

	/** A new bucket name, for a test of its own. */
	public static String newBucket() {
		return "mmm-test-" + UUID.randomUUID().toString().substring(0, 13);
	}

	/** The site's settings for media in a bucket of this server. */
	public List<String> settings(String bucket) {
		return List.of("mmm.media.storage=s3", "mmm.media.s3.endpoint=" + endpoint(), "mmm.media.s3.bucket=" + bucket,
				"mmm.media.s3.access-key=" + ACCESS_KEY, "mmm.media.s3.secret-key=" + SECRET_KEY,
				"mmm.media.s3.path-style=true", "mmm.media.s3.create-bucket=true");
	}

	private static S3Server start() {
		Path jar = Path.of("target/s3proxy/s3proxy.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("The S3 server's jar is missing at " + jar.toAbsolutePath()
					+ ": run the tests through Maven (./mvnw verify), which puts it there.");
		}
		try {
			int port = freePort();
			Path data = Files.createTempDirectory("mmm-s3-");
			Path settings = data.resolveSibling(data.getFileName() + ".properties");
			Files.writeString(settings,
					String.join("\n", "s3proxy.endpoint=http://127.0.0.1:" + port, "s3proxy.authorization=aws-v2-or-v4",
							"s3proxy.identity=" + ACCESS_KEY, "s3proxy.credential=" + SECRET_KEY,
							"jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + data,
							"jclouds.identity=" + ACCESS_KEY, "jclouds.credential=" + SECRET_KEY));
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx128m", "-jar", jar.toString(), "--properties", settings.toString())
				.redirectErrorStream(true)
				.redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
			awaitPort(port, process);
			return new S3Server(port);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The S3 server (s3proxy) did not start: " + ex.getMessage(), ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void awaitPort(int port, Process process) throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IOException("s3proxy ended with status " + process.exitValue());
			}
			try (Socket socket = new Socket("127.0.0.1", port)) {
				return;
			}
			catch (IOException notYet) {
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException("Interrupted while waiting for s3proxy", ex);
				}
			}
		}
		process.destroy();
		throw new IOException("s3proxy did not answer on port " + port + " within a minute");
	}

}
