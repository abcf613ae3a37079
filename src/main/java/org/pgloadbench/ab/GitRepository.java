package org.pgloadbench.ab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pgloadbench.UserError;

/** The git clone an A/B run takes its revisions from; it is only read, never changed. */
public final class GitRepository {
    private final Path root;

    private GitRepository(Path root) {
        this.root = root;
    }

    /** @throws UserError when git cannot be run or {@code directory} is not inside a git clone */
    public static GitRepository at(Path directory) {
        GitRepository repository = new GitRepository(directory);
        Result topLevel;
        try {
            topLevel = repository.git("rev-parse", "--show-toplevel");
        } catch (IOException e) {
            throw new UserError(
                    "ab builds revisions with git, which cannot be run here (" + e.getMessage() + "); install git");
        }
        if (topLevel.status() != 0) {
            throw new UserError(
                    "ab needs a git clone of pgload-bench, and " + directory.toAbsolutePath() + " is not inside one");
        }
        return new GitRepository(Path.of(topLevel.output()));
    }

    public Path root() {
        return root;
    }

    /** @throws UserError when {@code asked} names no commit of this repository */
    public Revision resolve(String asked) throws IOException {
        Result commit = git("rev-parse", "--verify", "--quiet", asked + "^{commit}");
        if (commit.status() != 0 || commit.output().isEmpty()) {
            throw new UserError("'" + asked + "' is not a revision of the repository at " + root
                    + " (give a commit, branch or tag, e.g. HEAD~1 or origin/main)");
        }
        return new Revision(
                asked,
                commit.output(),
                git("rev-parse", "--short", commit.output()).output());
    }

    /** The working tree: HEAD's commit, marked {@code +changes} when tracked files differ from it. */
    public Revision workingTree() throws IOException {
        String head = git("rev-parse", "--short", "HEAD").output();
        boolean changed =
                !git("status", "--porcelain", "--untracked-files=no").output().isEmpty();
        return new Revision("the working tree", null, head + (changed ? "+changes" : ""));
    }

    /** Writes the commit's files, and nothing else, into {@code directory}: {@code git archive | tar -x}. */
    public void export(Revision revision, Path directory) {
        List<ProcessBuilder> pipeline = List.of(
                new ProcessBuilder("git", "-C", root.toString(), "archive", "--format=tar", revision.commit()),
                new ProcessBuilder("tar", "-x", "-f", "-", "-C", directory.toString()));
        try {
            List<Process> processes = ProcessBuilder.startPipeline(pipeline);
            for (int i = 0; i < processes.size(); i++) {
                String complaint =
                        new String(processes.get(i).getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (processes.get(i).waitFor() != 0) {
                    throw new UserError("cannot export " + revision.label() + " to build it: "
                            + pipeline.get(i).command().get(0) + " ended with exit status "
                            + processes.get(i).exitValue() + (complaint.isEmpty() ? "" : " (" + complaint + ")"));
                }
            }
        } catch (IOException e) {
            throw new UserError(
                    "cannot export " + revision.label() + " to build it: " + e.getMessage()
                            + " (ab needs git and tar on the PATH)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while exporting " + revision.label(), e);
        }
    }

    private record Result(int status, String output) {}

    private Result git(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            return new Result(process.waitFor(), output);
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        }
    }
}
