using System.Diagnostics;

namespace Autoscaler.Controller.Tests.Operations;

/// <summary>docker-compose.yml as Debian's docker-compose reads it, and the Dockerfiles' shape (no Docker engine needed).</summary>
public sealed class ContainerFilesTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public async Task ComposeConfig_WithAdminToken_AcceptsAndWiresEveryService()
    {
        var (exitCode, output, errors) = await ComposeConfigAsync("0123456789abcdef0123");

        Assert.True(exitCode == 0, errors);
        foreach (var service in new[] { "controller:", "emulator:", "gameserver-1:", "gameserver-2:", "gameserver-3:" })
        {
            Assert.Contains(service, output, StringComparison.Ordinal);
        }

        Assert.Contains("controller-data:/data", output, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:8080:8080", output, StringComparison.Ordinal);
        Assert.Contains("dockerfile: src/Controller/Dockerfile", output, StringComparison.Ordinal);
        Assert.Contains("dockerfile: src/DemoGameServer/Dockerfile", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeConfig_WithoutAdminToken_RefusesNamingTheVariable()
    {
        var (exitCode, _, errors) = await ComposeConfigAsync(null);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("AUTOSCALER_ADMIN_TOKEN", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("src/Controller/Dockerfile")]
    [InlineData("src/RackspaceEmulator/Dockerfile")]
    [InlineData("src/DemoGameServer/Dockerfile")]
    public void Dockerfile_Always_IsMultiStageAndRunsAsNonRoot(string path)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, path)).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        var stages = lines.FindAll(l => l.StartsWith("FROM ", StringComparison.Ordinal));
        var lastStage = lines.FindLastIndex(l => l.StartsWith("FROM ", StringComparison.Ordinal));
        var finalStage = lines.Skip(lastStage).ToList();

        Assert.True(stages.Count >= 2, $"{path} has one stage");
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:", stages[0], StringComparison.Ordinal);
        Assert.Contains(finalStage, l => l == "USER $APP_UID");
        Assert.DoesNotContain(finalStage.SkipWhile(l => l != "USER $APP_UID"), l => l.StartsWith("USER root", StringComparison.Ordinal));
        Assert.Contains(finalStage, l => l.StartsWith("ENTRYPOINT [\"dotnet\"", StringComparison.Ordinal));
    }

    private static async Task<(int ExitCode, string Output, string Errors)> ComposeConfigAsync(string? adminToken)
    {
        var start = new ProcessStartInfo("docker-compose")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--file");
        start.ArgumentList.Add(Path.Combine(Root, "docker-compose.yml"));
        start.ArgumentList.Add("config");
        start.Environment.Remove("AUTOSCALER_ADMIN_TOKEN");
        if (adminToken is not null)
        {
            start.Environment["AUTOSCALER_ADMIN_TOKEN"] = adminToken;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker-compose did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
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
