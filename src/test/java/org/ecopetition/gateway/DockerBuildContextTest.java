package org.ecopetition.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image without a Docker engine: the build context is exactly what
 * {@code deploy/Dockerfile.dockerignore} lets through (Docker's rules: last matching pattern wins, a pattern
 * also matches what lies under a matching folder), the build stage is what {@code deploy/Dockerfile} says
 * (its WORKDIR, COPY and RUN lines, ~/.m2 standing in for the cache mount), the runtime stage gets what its
 * {@code COPY --from=build} lines take, and the ENTRYPOINT with the stage's ENV starts the jar in the runtime
 * WORKDIR against an external PostgreSQL until {@code /health/ready} says UP. A file the build needs but the
 * ignore file or a COPY line leaves out fails here, as it would fail the image.
 */
class DockerBuildContextTest {
  private static final Path REPO = Path.of("").toAbsolutePath();

  @Test
  void theImageBuiltFromTheDockerContextStartsAgainstAnExternalPostgres(@TempDir Path tmp) throws Exception {
    List<String> ignore = Files.readAllLines(REPO.resolve("deploy/Dockerfile.dockerignore"), StandardCharsets.UTF_8);
    DockerIgnore rules = new DockerIgnore(ignore);
    Path context = tmp.resolve("context");
    int copied = rules.copyContext(REPO, context);
    assertThat(copied).isPositive();
    assertThat(context.resolve(".git")).doesNotExist();
    assertThat(context.resolve("target")).doesNotExist();

    Dockerfile image = Dockerfile.parse(Files.readAllLines(REPO.resolve("deploy/Dockerfile"), StandardCharsets.UTF_8));
    Path stages = tmp.resolve("stages");
    image.build(context, stages);

    Dockerfile.Stage runtime = image.last();
    assertThat(runtime.entrypoint()).as("ENTRYPOINT in exec form").isNotEmpty();
    List<String> command = new ArrayList<>();
    for (String arg : runtime.entrypoint()) {
      if (arg.equals("java")) {
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      } else {
        command.add(arg.startsWith("/") ? runtime.map(stages, arg).toString() : arg);
      }
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ProcessBuilder pb = new ProcessBuilder(command).directory(runtime.map(stages, runtime.workdir()).toFile())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("gateway.log").toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("GATEWAY_"));
    env.putAll(runtime.env());
    // An empty database: the image's jar migrates it from scratch, as on a first deployment.
    env.put("GATEWAY_DATABASE_URL", TestPostgres.emptyDatabaseUrl());
    env.put("GATEWAY_SECURITY_QUERY_CODE_KEY", TestGateway.newKey());
    env.put("GATEWAY_SECURITY_DATA_KEY", TestGateway.newKey());
    env.put("GATEWAY_HTTP_HOST", "127.0.0.1");
    env.put("GATEWAY_HTTP_PORT", String.valueOf(port));
    env.put("GATEWAY_METRICS_PORT", "0");
    Process gateway = pb.start();
    try {
      JsonObject ready = waitForReady(gateway, port, tmp.resolve("gateway.log"));
      assertThat(ready.getString("status")).isEqualTo("UP");
      assertThat(ready.getJsonObject("parts").getBoolean("nlp")).isTrue();
      assertThat(ready.getJsonObject("parts").getBoolean("database")).isTrue();
    } finally {
      gateway.destroy();
      if (!gateway.waitFor(30, TimeUnit.SECONDS)) {
        gateway.destroyForcibly();
      }
    }
  }

  private static JsonObject waitForReady(Process gateway, int port, Path log) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
        .timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!gateway.isAlive()) {
        throw new AssertionError("the image's jar stopped (exit " + gateway.exitValue() + "):\n" + Files.readString(log));
      }
      try {
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return new JsonObject(r.body());
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("not ready within 120 s:\n" + Files.readString(log));
  }

  /** Docker's .dockerignore rules (moby patternmatcher): Go path globs with {@code **}, {@code !} exceptions. */
  static final class DockerIgnore {
    private record Rule(Pattern pattern, String text, boolean exception) {}

    private final List<Rule> rules = new ArrayList<>();

    DockerIgnore(List<String> lines) {
      for (String line : lines) {
        String p = line.strip();
        if (p.isEmpty() || p.startsWith("#")) {
          continue;
        }
        boolean exception = p.startsWith("!");
        if (exception) {
          p = p.substring(1).strip();
        }
        p = Path.of("/" + p).normalize().toString().substring(1);
        rules.add(new Rule(Pattern.compile(regex(p)), p, exception));
      }
    }

    private static String regex(String glob) {
      StringBuilder re = new StringBuilder("^");
      for (int i = 0; i < glob.length(); i++) {
        char c = glob.charAt(i);
        if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          i++;
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
            i++;
            re.append("(.*/)?");
          } else {
            re.append(".*");
          }
        } else if (c == '*') {
          re.append("[^/]*");
        } else if (c == '?') {
          re.append("[^/]");
        } else if (c == '[') {
          int end = glob.indexOf(']', i);
          re.append(glob, i, end + 1);
          i = end;
        } else if (c == '\\' && i + 1 < glob.length()) {
          re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
        } else {
          re.append(Pattern.quote(String.valueOf(c)));
        }
      }
      return re.append('$').toString();
    }

    /** Whether a path (relative, with '/') is left out: the last rule matching it or a folder above it decides. */
    boolean excluded(String path) {
      boolean out = false;
      for (Rule r : rules) {
        if (matchesOrParent(r.pattern(), path)) {
          out = !r.exception();
        }
      }
      return out;
    }

    private static boolean matchesOrParent(Pattern p, String path) {
      if (p.matcher(path).matches()) {
        return true;
      }
      for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
        if (p.matcher(path.substring(0, i)).matches()) {
          return true;
        }
      }
      return false;
    }

    /** As Docker walks: a left-out folder is skipped unless an exception could take something under it back. */
    private boolean mayHoldExceptions(String dir) {
      return rules.stream().anyMatch(r -> r.exception()
          && (r.text().startsWith(dir + "/") || r.text().indexOf('*') >= 0 && r.text().indexOf('*') <= dir.length()));
    }

    int copyContext(Path root, Path target) throws IOException {
      int[] count = {0};
      copyTree(root, root, target, count);
      return count[0];
    }

    private void copyTree(Path root, Path dir, Path target, int[] count) throws IOException {
      List<Path> children;
      try (Stream<Path> s = Files.list(dir)) {
        children = s.sorted().toList();
      }
      for (Path child : children) {
        String rel = root.relativize(child).toString().replace('\\', '/');
        boolean out = excluded(rel);
        if (Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          if (!out || mayHoldExceptions(rel)) {
            copyTree(root, child, target, count);
          }
        } else if (!out) {
          Path to = target.resolve(rel);
          Files.createDirectories(to.getParent());
          Files.copy(child, to, StandardCopyOption.COPY_ATTRIBUTES);
          count[0]++;
        }
      }
    }
  }

  /** The few Dockerfile instructions the image uses, enough to follow its build without a Docker engine. */
  record Dockerfile(List<Stage> stages) {
    private static final Pattern FROM = Pattern.compile("(?i)FROM\\s+\\S+(?:\\s+AS\\s+(\\S+))?");
    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"((?:[^\"\\\\]|\\\\.)*)\"|\\S*)");

    static final class Stage {
      final String name;
      String workdir = "/";
      final List<String[]> steps = new ArrayList<>();
      final Map<String, String> env = new HashMap<>();
      List<String> entrypoint = List.of();

      Stage(String name) {
        this.name = name;
      }

      String workdir() {
        return workdir;
      }

      Map<String, String> env() {
        return env;
      }

      List<String> entrypoint() {
        return entrypoint;
      }

      /** A path of this stage's file system inside its folder under {@code stages}. */
      Path map(Path stages, String path) {
        String abs = path.startsWith("/") ? path : workdir + "/" + path;
        return stages.resolve(name).resolve(abs.substring(1)).normalize();
      }
    }

    Stage last() {
      return stages.get(stages.size() - 1);
    }

    static Dockerfile parse(List<String> lines) {
      List<String> instructions = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : lines) {
        String t = line.strip();
        if (current.length() == 0 && (t.isEmpty() || t.startsWith("#"))) {
          continue;
        }
        if (t.endsWith("\\")) {
          current.append(t, 0, t.length() - 1).append(' ');
        } else {
          instructions.add(current.append(t).toString().strip());
          current.setLength(0);
        }
      }
      List<Stage> stages = new ArrayList<>();
      for (String ins : instructions) {
        String word = ins.split("\\s+", 2)[0].toUpperCase();
        String rest = ins.length() > word.length() ? ins.substring(word.length()).strip() : "";
        if (word.equals("FROM")) {
          Matcher m = FROM.matcher(ins);
          assertThat(m.matches()).as(ins).isTrue();
          stages.add(new Stage(m.group(1) != null ? m.group(1) : "stage" + stages.size()));
          continue;
        }
        Stage s = stages.get(stages.size() - 1);
        switch (word) {
          case "WORKDIR" -> s.workdir = rest.startsWith("/") ? rest : s.workdir + "/" + rest;
          case "COPY", "RUN" -> s.steps.add(new String[] {word, rest, s.workdir});
          case "ENV" -> {
            Matcher m = ENV_PAIR.matcher(rest);
            while (m.find()) {
              s.env.put(m.group(1), m.group(3) != null ? m.group(3).replace("\\\"", "\"") : m.group(2));
            }
          }
          case "ENTRYPOINT" -> s.entrypoint = new JsonArray(rest).stream().map(String::valueOf).toList();
          default -> {
            // ARG, USER, EXPOSE, HEALTHCHECK, CMD, LABEL: nothing to do for the files or the start
          }
        }
      }
      return new Dockerfile(stages);
    }

    /**
     * Runs each stage in its own folder. RUN lines run only in a stage that later stages copy from (the
     * build): the runtime stage's RUN lines make users, which needs root and a container.
     */
    void build(Path context, Path root) throws Exception {
      for (Stage s : stages) {
        Files.createDirectories(s.map(root, s.workdir));
        boolean builder = stages.stream().flatMap(o -> o.steps.stream())
            .anyMatch(step -> step[0].equals("COPY") && step[1].contains("--from=" + s.name));
        for (String[] step : s.steps) {
          if (step[0].equals("COPY")) {
            copy(s, step[1], step[2], context, root);
          } else if (builder) {
            run(s, step[1], step[2], root);
          }
        }
      }
    }

    private void copy(Stage s, String args, String workdir, Path context, Path root) throws IOException {
      List<String> parts = new ArrayList<>(List.of(args.split("\\s+")));
      String from = null;
      while (parts.get(0).startsWith("--")) {
        String opt = parts.remove(0);
        if (opt.startsWith("--from=")) {
          from = opt.substring("--from=".length());
        }
      }
      String dest = parts.remove(parts.size() - 1);
      Stage destStage = s;
      String saved = destStage.workdir;
      destStage.workdir = workdir;
      Path to = destStage.map(root, dest);
      destStage.workdir = saved;
      for (String src : parts) {
        Path source;
        if (from == null) {
          source = context.resolve(src).normalize();
        } else {
          String name = from;
          Stage origin = stages.stream().filter(o -> o.name.equals(name)).findFirst().orElseThrow();
          source = origin.map(root, src);
        }
        assertThat(source).as("COPY source " + src + " (is it in the build context?)").exists();
        Path target = dest.endsWith("/") || Files.isDirectory(to) && !Files.isDirectory(source)
            ? to.resolve(source.getFileName().toString()) : to;
        copyTree(source, Files.isDirectory(source) ? to : target);
      }
    }

    private static void copyTree(Path source, Path target) throws IOException {
      if (!Files.isDirectory(source)) {
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        return;
      }
      try (Stream<Path> walk = Files.walk(source)) {
        for (Path p : walk.toList()) {
          Path t = target.resolve(source.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(t);
          } else {
            Files.createDirectories(t.getParent());
            Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }

    private static final String BUILDER_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    /** The shell form of RUN, with BuildKit's {@code --mount} options dropped (~/.m2 is the cache). */
    private static void run(Stage s, String command, String workdir, Path root) throws Exception {
      String shell = command.replaceAll("--mount=\\S+\\s*", "").strip();
      String saved = s.workdir;
      s.workdir = workdir;
      Path dir = s.map(root, workdir);
      s.workdir = saved;
      Path log = root.resolve(s.name + "-run.log");
      ProcessBuilder pb = new ProcessBuilder("bash", "-c", shell).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      // The builder's own JVM (Maven and javac) on the client compiler and one GC thread: a build of a few seconds
      // of CPU never pays back C2's compilation, and the suite's two forks already share two cores. What is built
      // does not change, only how fast (about half the CPU of the build stage).
      pb.environment().merge("MAVEN_OPTS", BUILDER_JVM, (mine, fast) -> fast + " " + mine);
      Process p = pb.start();
      if (!p.waitFor(8, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("RUN " + shell + " did not finish");
      }
      assertThat(p.exitValue()).as("RUN " + shell + "\n" + Files.readString(log)).isZero();
    }
  }
}
