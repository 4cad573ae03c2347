namespace Autoscaler.Harness;

/// <summary>Finds the repository and its built programs from wherever the caller runs (a test assembly, the simulator,
/// a benchmark), in Debug or Release.</summary>
/// <remarks>
/// The root is the first folder holding <c>Autoscaler.sln</c> above <see cref="AppContext.BaseDirectory"/>. A program
/// is looked for under <c>src/{project}/bin/{configuration}/{tfm}/</c>, first in the caller's own configuration (read
/// from its output path, e.g. <c>bin/Release/net10.0/</c>), then in the other one.
/// </remarks>
public static class RepositoryLayout
{
    private static readonly string[] Configurations = ["Debug", "Release"];

    /// <summary>The repository root: the folder that holds Autoscaler.sln.</summary>
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    /// <summary>The caller's build configuration (Debug or Release) read from its output path; Debug when none is found there.</summary>
    public static string CallerConfiguration => OutputOf(AppContext.BaseDirectory).Configuration ?? "Debug";

    /// <summary>The built entry assembly of a src/ project, e.g. ("Controller", "Autoscaler.Controller").</summary>
    /// <exception cref="FileNotFoundException">Built in neither configuration; the message names the path and the build command.</exception>
    public static string ProgramPath(string project, string assemblyName) =>
        ProgramPath(Root, AppContext.BaseDirectory, project, assemblyName);

    /// <summary>As <see cref="ProgramPath(string, string)"/> for an explicit repository root and caller output folder.</summary>
    /// <exception cref="FileNotFoundException">Built in neither configuration; the message names the path and the build command.</exception>
    public static string ProgramPath(string root, string callerDirectory, string project, string assemblyName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(assemblyName);
        var (configuration, tfm) = OutputOf(callerDirectory);
        var preferred = configuration ?? "Debug";
        var order = Configurations.Where(c => c == preferred).Concat(Configurations.Where(c => c != preferred)).ToList();
        var candidates = order.Select(c => Path.Combine(root, "src", project, "bin", c, tfm, assemblyName + ".dll")).ToList();
        return candidates.FirstOrDefault(File.Exists) ?? throw new FileNotFoundException(
            $"'{candidates[0]}' is not built (nor the {order[1]} build). Build it first: " +
            $"dotnet build -c {preferred} {Path.Combine(root, "src", project)}",
            candidates[0]);
    }

    /// <summary>The folder holding Autoscaler.sln at or above <paramref name="start"/>.</summary>
    /// <exception cref="InvalidOperationException">No such folder.</exception>
    public static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Autoscaler.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Autoscaler.sln not found in '{start}' or any folder above it: run from a build output inside the repository.");
    }

    /// <summary>(configuration, tfm) of an output folder like <c>.../bin/Release/net10.0/</c>; the tfm defaults to this library's.</summary>
    private static (string? Configuration, string Tfm) OutputOf(string directory)
    {
        var dir = new DirectoryInfo(directory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        for (; dir?.Parent is not null; dir = dir.Parent)
        {
            if (Configurations.Contains(dir.Parent.Name, StringComparer.Ordinal) && dir.Name.StartsWith("net", StringComparison.Ordinal))
            {
                return (dir.Parent.Name, dir.Name);
            }
        }

        return (null, "net10.0");
    }
}
