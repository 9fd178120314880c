package be.mmmbelgium.site.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * The page Tomcat itself answers with when it refuses a request before the application
 * sees it, such as a path with an encoded slash or a NUL byte. It says what happened in
 * the site's three languages, without any detail of the server.
 */
public class PlainErrorReportValve extends ErrorReportValve {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="fr">
			<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
			<title>MMM Belgium – %1$d</title>
			<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#2a1f24;background:#fbf6ef}h1{color:#431832}a{color:#5b2245}</style></head>
			<body><main>
			<h1>Adresse incorrecte</h1><p>Cette adresse n’est pas valide. <a href="/fr/">Retour à l’accueil</a></p>
			<h2 lang="nl">Ongeldig adres</h2><p lang="nl">Dit adres is niet geldig. <a href="/nl/">Naar de homepage</a></p>
			<h2 lang="en">Invalid address</h2><p lang="en">This address is not valid. <a href="/en/">Go to the home page</a></p>
			<p>%1$d</p>
			</main></body></html>
			""";

	public PlainErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// Only an error raised as one (sendError), once, as Tomcat's own valve does: an
		// answer the site gives without a body on purpose (a 416 for a range beyond a
		// file) stays so.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(PAGE.formatted(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away, or the response cannot take a body: nothing more to
			// say.
		}
	}

}
