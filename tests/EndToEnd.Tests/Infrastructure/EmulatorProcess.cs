using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Autoscaler.Agent;

namespace Autoscaler.EndToEnd.Tests.Infrastructure;

/// <summary>The standalone emulator (src/RackspaceEmulator) as a real process, and its admin view of the cloud.</summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    /// <summary>The game-server image every test fleet boots from (seeded into the emulator by its configuration).</summary>
    public const string ImageUuid = "4242e2e0-0000-4000-8000-00000000e2e0";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ServiceProcess _process;
    private readonly HttpClient _http;

    private EmulatorProcess(ServiceProcess process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _http = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public Uri IdentityV2 => new(BaseAddress, "v2.0/");

    public string Output => _process.Output;

    public static async Task<EmulatorProcess> StartAsync(TimeSpan buildTime, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var environment = new Dictionary<string, string>
        {
            ["Emulator__BuildTime"] = buildTime.ToString("c"),
            ["Emulator__Images__0__Id"] = "4242",
            ["Emulator__Images__0__Name"] = "game-server",
            ["Emulator__Images__0__Uuid"] = ImageUuid,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var process = ServiceProcess.Start(
            "emulator",
            RepositoryLayout.ProgramPath("RackspaceEmulator", "Autoscaler.RackspaceEmulator"),
            ["--urls", baseAddress.ToString().TrimEnd('/')],
            environment);
        await process.WaitForOutputAsync("Now listening on", TimeSpan.FromSeconds(60));
        return new EmulatorProcess(process, baseAddress);
    }

    /// <summary>The cloud's servers as the emulator's admin endpoint lists them.</summary>
    public async Task<IReadOnlyList<EmulatedServer>> ServersAsync() =>
        await _http.GetFromJsonAsync<List<EmulatedServer>>("__emulator/servers", Json) ?? [];

    /// <summary>Every request the emulator received, oldest first.</summary>
    public async Task<IReadOnlyList<AuditedRequest>> AuditAsync() =>
        await _http.GetFromJsonAsync<List<AuditedRequest>>("__emulator/audit", Json) ?? [];

    /// <summary>Replaces the emulator's fault settings (the admin endpoint's JSON shape).</summary>
    public async Task SetFaultsAsync(object faults)
    {
        using var response = await _http.PutAsJsonAsync("__emulator/faults", faults, Json);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The agent bootstrap file the controller gave a server at create, read from its config drive.</summary>
    public async Task<AgentBootstrapFile> BootstrapAsync(string serverId)
    {
        var drive = await _http.GetFromJsonAsync<ConfigDrive>($"__emulator/servers/{serverId}/config-drive", Json)
            ?? throw new InvalidOperationException($"server {serverId} has no config drive");
        var file = drive.Personality.FirstOrDefault(p => p.Path.EndsWith(".json", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"server {serverId} has no bootstrap personality file");
        return AgentBootstrapFile.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(file.Contents)));
    }

    /// <summary>Polls until <paramref name="condition"/> holds for the server list.</summary>
    public async Task<IReadOnlyList<EmulatedServer>> WaitForServersAsync(
        Func<IReadOnlyList<EmulatedServer>, bool> condition, TimeSpan timeout, string what)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var servers = await ServersAsync();
            if (condition(servers))
            {
                return servers;
            }

            try
            {
                await Task.Delay(200, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"timed out waiting for {what}; servers: {string.Join(", ", servers.Select(s => $"{s.Name}={s.Status}"))}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
    }

    /// <summary>One server of the emulator's admin listing (the fields the tests read).</summary>
    internal sealed record EmulatedServer(string Id, string Name, string Status)
    {
        public override string ToString() => $"{Name}={Status}";
    }

    internal sealed record ConfigDrive(List<EmulatedFile> Personality, string? UserData);

    internal sealed record EmulatedFile(string Path, string Contents);

    internal sealed record AuditedRequest(string Method, string Path, int StatusCode, string Operation);
}
