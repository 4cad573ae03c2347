using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;

namespace Autoscaler.Controller.Tests.Operations;

/// <summary>The built controller run as a child process on real loopback ports, on its embedded defaults (emulated cloud, demo agents).</summary>
/// <remarks>
/// Working directory and SQLite file live in a temp folder removed on dispose; the process (and its children) is
/// killed on dispose. Every line it prints is kept, to check what is never logged.
/// </remarks>
public class OperationsHost : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("autoscaler-ops-").FullName;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public Uri HttpAddress { get; private set; } = null!;

    public Uri GrpcAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public GrpcChannel Grpc { get; private set; } = null!;

    /// <summary>Every line the controller printed so far.</summary>
    public IReadOnlyCollection<string> Logs => _output;

    /// <summary>Extra configuration (environment variables) on top of the embedded defaults.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    public async Task InitializeAsync()
    {
        HttpAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        GrpcAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ControllerAssembly());
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Kestrel__Endpoints__Http__Url"] = HttpAddress.ToString().TrimEnd('/'),
            ["Kestrel__Endpoints__Http__Protocols"] = "Http1",
            ["Kestrel__Endpoints__Grpc__Url"] = GrpcAddress.ToString().TrimEnd('/'),
            ["Kestrel__Endpoints__Grpc__Protocols"] = "Http2",
            ["Controller__AgentEndpoint"] = GrpcAddress.ToString().TrimEnd('/'),
            ["ConnectionStrings__Autoscaler"] = $"Data Source={Path.Combine(_folder, "autoscaler.db")}",
            ["Operations__TimelineInterval"] = "00:00:00.5",

            // The demo's matchmaker would mix its own waiting players into the sums the admin tests check.
            ["Cloud__Demo__Fleet"] = "",
        };
        foreach (var (key, value) in Settings)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start the controller");
        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        Http = new HttpClient { BaseAddress = HttpAddress, Timeout = TimeSpan.FromSeconds(30) };
        Grpc = GrpcChannel.ForAddress(GrpcAddress);
        await EventuallyAsync(async () =>
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The controller exited with {_process.ExitCode}:\n{string.Join('\n', _output)}");
            }

            try
            {
                using var response = await Http.GetAsync("/healthz");
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, up => up, seconds: 90);
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing after <paramref name="seconds"/>.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, int seconds = 45)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(seconds);
        while (true)
        {
            var value = await probe();
            if (condition(value))
            {
                return value;
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"Condition not met within {seconds} s; last value: {value}");
            }

            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        Grpc?.Dispose();
        Http?.Dispose();
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>src/Controller/bin/{configuration}/{tfm}/Autoscaler.Controller.dll, mirroring this test assembly's output folder.</summary>
    private static string ControllerAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        for (var dir = output; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Autoscaler.sln")))
            {
                var path = Path.Combine(dir.FullName, "src", "Controller", "bin", output.Parent!.Name, output.Name, "Autoscaler.Controller.dll");
                return File.Exists(path) ? path : throw new FileNotFoundException("The controller is not built.", path);
            }
        }

        throw new InvalidOperationException("Autoscaler.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Capture(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}

/// <summary>The controller with the admin token required, as when it is exposed beyond loopback.</summary>
public sealed class GuardedOperationsHost : OperationsHost
{
    public const string Token = "s3cret-admin-token-for-tests-0123";

    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Operations__RequireAdminToken", "true"), ("Operations__AdminToken", Token)];
}
