package org.perfeval.examples.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium driven through the DevTools protocol over the JDK's own WebSocket client: one
 * browser per test class, one tab per page. No browser is downloaded: it is Debian's
 * {@code /usr/bin/chromium}, which {@code .ci/run} installs; without it the tests fail.
 */
final class Chromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();

    private Chromium(Process process, Path profile, URI endpoint) throws Exception {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
            .buildAsync(endpoint, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Starts the browser; fails (does not skip) when Chromium is not installed. */
    static Chromium launch() throws Exception {
        assertTrue(Files.isExecutable(BINARY), BINARY + " is missing: install Debian's chromium and fonts-noto-cjk"
            + " (.ci/run does: apt-get install -y chromium fonts-noto-cjk)");
        Path profile = Files.createTempDirectory("perfeval-chromium");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile, "--remote-debugging-port=0",
            "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String line;
        while ((line = err.readLine()) != null && System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(ignored -> { }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return new Chromium(process, profile, URI.create(m.group(1)));
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Chromium did not open its DevTools endpoint");
    }

    /** Sends one command and waits for its result. */
    JsonNode send(String method, ObjectNode params, String session) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = mapper.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? mapper.createObjectNode() : params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(mapper.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.get("result");
    }

    ObjectNode params() {
        return mapper.createObjectNode();
    }

    /** Opens a page in a new tab, with the network domain recording, and waits until it has loaded. */
    Tab open(URI page) throws Exception {
        String target = send("Target.createTarget", params().put("url", "about:blank"), null).get("targetId").asText();
        String session = send("Target.attachToTarget", params().put("targetId", target).put("flatten", true), null)
            .get("sessionId").asText();
        send("Network.enable", null, session);
        send("Page.enable", null, session);
        send("Page.navigate", params().put("url", page.toString()), session);
        awaitEvent(session, "Page.loadEventFired");
        return new Tab(target, session);
    }

    private void awaitEvent(String session, String method) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (events) {
            while (eventsOf(session, method).isEmpty()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException("no " + method + " within " + TIMEOUT);
                }
                events.wait(left);
            }
        }
    }

    private List<JsonNode> eventsOf(String session, String method) {
        synchronized (events) {
            return events.stream().filter(e -> session.equals(e.path("sessionId").asText()) && method.equals(e.path("method").asText())).toList();
        }
    }

    /** One page in its own tab. */
    final class Tab {
        private final String target;
        private final String session;

        private Tab(String target, String session) {
            this.target = target;
            this.session = session;
        }

        /** @return the value of a JavaScript expression evaluated in the page, as JSON */
        JsonNode evaluate(String expression) throws Exception {
            JsonNode result = send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true), session);
            if (result.has("exceptionDetails")) {
                throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /** @return every URL the page asked the network stack for, the page's own included */
        List<String> requestedUrls() {
            return eventsOf(session, "Network.requestWillBeSent").stream().map(e -> e.path("params").path("request").path("url").asText()).toList();
        }

        /** @return the page printed as Chromium prints it, with the page's own CSS page size */
        byte[] printToPdf() throws Exception {
            JsonNode pdf = send("Page.printToPDF", params().put("preferCSSPageSize", true).put("printBackground", true), session);
            return Base64.getDecoder().decode(pdf.get("data").asText());
        }

        /** Lays the page out as for print, at a width. */
        void emulatePrint(int width) throws Exception {
            send("Emulation.setEmulatedMedia", params().put("media", "print"), session);
            send("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", 1100)
                .put("deviceScaleFactor", 1).put("mobile", false), session);
        }

        /**
         * @param selector the element whose text's fonts are asked for
         * @return the fonts Chromium rendered the element's own text with: {@code familyName}, {@code glyphCount}
         */
        JsonNode platformFonts(String selector) throws Exception {
            send("DOM.enable", null, session);
            send("CSS.enable", null, session);
            int root = send("DOM.getDocument", null, session).at("/root/nodeId").asInt();
            int node = send("DOM.querySelector", params().put("nodeId", root).put("selector", selector), session).get("nodeId").asInt();
            return send("CSS.getPlatformFontsForNode", params().put("nodeId", node), session).get("fonts");
        }

        /** @return a PNG of the whole page at a width */
        byte[] screenshot(int width) throws Exception {
            int height = evaluate("Math.ceil(document.documentElement.scrollHeight)").asInt();
            send("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", Math.min(height, 16000))
                .put("deviceScaleFactor", 1).put("mobile", false), session);
            JsonNode png = send("Page.captureScreenshot", params().put("format", "png").put("captureBeyondViewport", true), session);
            return Base64.getDecoder().decode(png.get("data").asText());
        }

        void close() throws Exception {
            send("Target.closeTarget", params().put("targetId", target), null);
        }
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                try {
                    JsonNode node = mapper.readTree(message);
                    if (node.has("id")) {
                        CompletableFuture<JsonNode> reply = pending.remove(node.get("id").asInt());
                        if (reply != null) {
                            reply.complete(node);
                        }
                    } else {
                        synchronized (events) {
                            events.add(node);
                            events.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
