namespace Autoscaler.EndToEnd.Tests.Infrastructure;

/// <summary>Finds the built programs of the repository from the test assembly's own location.</summary>
internal static class RepositoryLayout
{
    /// <summary>The repository root: the folder that holds Autoscaler.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The built entry assembly of a src/ project, e.g. ("Controller", "Autoscaler.Controller").</summary>
    public static string ProgramPath(string project, string assemblyName)
    {
        // tests/EndToEnd.Tests/bin/{Configuration}/{tfm}/ mirrors src/{project}/bin/{Configuration}/{tfm}/.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var path = Path.Combine(Root, "src", project, "bin", configuration, tfm, assemblyName + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"'{path}' is not built; build the solution first.", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Autoscaler.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Autoscaler.sln not found above " + AppContext.BaseDirectory);
    }
}
