using Autoscaler.EndToEnd.Tests.Infrastructure;
using Autoscaler.Harness;

namespace Autoscaler.EndToEnd.Tests.Harness;

/// <summary>The harness finds the built programs from any caller's output folder, in the caller's configuration first.</summary>
public sealed class RepositoryLayoutTests
{
    [Fact]
    public void ProgramPath_BothConfigurationsBuilt_PrefersCallersConfiguration()
    {
        using var repo = new TempFolder();
        var debug = Program(repo.Path, "Debug");
        var release = Program(repo.Path, "Release");

        var fromRelease = RepositoryLayout.ProgramPath(repo.Path, Caller(repo.Path, "Release"), "Controller", "Autoscaler.Controller");
        var fromDebug = RepositoryLayout.ProgramPath(repo.Path, Caller(repo.Path, "Debug"), "Controller", "Autoscaler.Controller");

        Assert.Equal(release, fromRelease);
        Assert.Equal(debug, fromDebug);
    }

    [Fact]
    public void ProgramPath_OnlyOtherConfigurationBuilt_FallsBackToIt()
    {
        using var repo = new TempFolder();
        var debug = Program(repo.Path, "Debug");

        var path = RepositoryLayout.ProgramPath(repo.Path, Caller(repo.Path, "Release"), "Controller", "Autoscaler.Controller");

        Assert.Equal(debug, path);
    }

    [Fact]
    public void ProgramPath_NotBuilt_FailsNamingPathAndBuildCommand()
    {
        using var repo = new TempFolder();

        var error = Assert.Throws<FileNotFoundException>(
            () => RepositoryLayout.ProgramPath(repo.Path, Caller(repo.Path, "Release"), "Controller", "Autoscaler.Controller"));

        Assert.Contains(Path.Combine("src", "Controller", "bin", "Release", "net10.0", "Autoscaler.Controller.dll"), error.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet build -c Release", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindRoot_FromBuildOutput_FindsFolderHoldingSolution()
    {
        using var repo = new TempFolder();
        File.WriteAllText(Path.Combine(repo.Path, "Autoscaler.sln"), "");
        var caller = Caller(repo.Path, "Debug");

        Assert.Equal(repo.Path, RepositoryLayout.FindRoot(caller));
        Assert.Equal(RepositoryLayout.Root, RepositoryLayout.FindRoot(AppContext.BaseDirectory));
    }

    private static string Program(string root, string configuration)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "src", "Controller", "bin", configuration, "net10.0"));
        var path = Path.Combine(folder.FullName, "Autoscaler.Controller.dll");
        File.WriteAllText(path, "");
        return path;
    }

    private static string Caller(string root, string configuration) =>
        Directory.CreateDirectory(Path.Combine(root, "bench", "Autoscaler.Benchmarks", "bin", configuration, "net10.0")).FullName + Path.DirectorySeparatorChar;
}
