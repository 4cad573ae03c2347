using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Autoscaler.EndToEnd.Tests.Infrastructure;
using Autoscaler.Harness;

namespace Autoscaler.EndToEnd.Tests.Dashboard;

/// <summary>The real controller process on its embedded defaults (emulated cloud, demo load), started from a temp folder.</summary>
/// <remarks>Only ports, the SQLite file and the demo's pace are set, through the environment, as an operator would.</remarks>
internal sealed partial class DashboardController : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TempFolder _folder;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };

    private DashboardController(Process process, TempFolder folder, Uri http)
    {
        _process = process;
        _folder = folder;
        HttpAddress = http;
        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri HttpAddress { get; }

    public string Output => string.Join('\n', _output);

    public static async Task<DashboardController> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var folder = new TempFolder();
        var http = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var grpc = $"http://127.0.0.1:{FreePort.Next()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryLayout.ProgramPath("Controller", "Autoscaler.Controller"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Kestrel__Endpoints__Http__Url"] = http.ToString().TrimEnd('/');
        start.Environment["Kestrel__Endpoints__Http__Protocols"] = "Http1";
        start.Environment["Kestrel__Endpoints__Grpc__Url"] = grpc;
        start.Environment["Kestrel__Endpoints__Grpc__Protocols"] = "Http2";
        start.Environment["Controller__AgentEndpoint"] = grpc;
        start.Environment["ConnectionStrings__Autoscaler"] = $"Data Source={Path.Combine(folder.Path, "autoscaler.db")}";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the controller");
        var controller = new DashboardController(process, folder, http);
        await controller.WaitForOutputAsync("Application started", TimeSpan.FromSeconds(60));
        return controller;
    }

    /// <summary>The names of the servers the embedded emulator holds (its admin listing), as the cloud sees them.</summary>
    public async Task<IReadOnlyList<string>> CloudServerNamesAsync()
    {
        var match = EmulatorAddress().Match(Output);
        if (!match.Success)
        {
            throw new InvalidOperationException("The controller did not say where its emulated cloud listens:\n" + Output);
        }

        var servers = await _http.GetFromJsonAsync<List<CloudServer>>(new Uri(new Uri(match.Groups[1].Value), "__emulator/servers"), Json) ?? [];
        return [.. servers.Select(s => s.Name)];
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _http.Dispose();
        _folder.Dispose();
    }

    private async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!_output.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The controller exited with {_process.ExitCode} before '{text}':\n{Output}");
            }

            try
            {
                await Task.Delay(100, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The controller did not print '{text}' within {timeout}:\n{Output}");
            }
        }
    }

    private void Capture(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    [GeneratedRegex(@"EMULATED cloud \(demo mode\) at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex EmulatorAddress();

    private sealed record CloudServer(string Id, string Name, string Status);
}
