using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Autoscaler.Agent;

namespace Autoscaler.Harness;

/// <summary>The standalone emulator (src/RackspaceEmulator) as a real process on a loopback port, and its admin view
/// of the cloud (servers, config drives, audit log, faults).</summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    /// <summary>The game-server image every harness fleet boots from (seeded into the emulator by its configuration).</summary>
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

    /// <summary>Where the emulator listens, e.g. http://127.0.0.1:PORT/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The identity v2.0 endpoint a Rackspace client authenticates against.</summary>
    public Uri IdentityV2 => new(BaseAddress, "v2.0/");

    /// <summary>Everything the emulator printed so far.</summary>
    public string Output => _process.Output;

    /// <summary>The emulator's operating system process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts the emulator with servers that build in <paramref name="buildTime"/>, the harness image
    /// (<see cref="ImageUuid"/>) and extra settings (<c>Emulator__...</c> environment keys), and waits until it listens.</summary>
    public static async Task<EmulatorProcess> StartAsync(
        TimeSpan buildTime, IReadOnlyDictionary<string, string>? settings = null, CancellationToken cancellationToken = default)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
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
        try
        {
            await process.WaitForOutputAsync("Now listening on", TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new EmulatorProcess(process, baseAddress);
    }

    /// <summary>The cloud's servers as the emulator's admin endpoint lists them.</summary>
    public async Task<IReadOnlyList<EmulatedServer>> ServersAsync(CancellationToken cancellationToken = default) =>
        await _http.GetFromJsonAsync<List<EmulatedServer>>("__emulator/servers", Json, cancellationToken).ConfigureAwait(false) ?? [];

    /// <summary>Every request the emulator received (up to its audit capacity), oldest first.</summary>
    public async Task<IReadOnlyList<AuditedRequest>> AuditAsync(CancellationToken cancellationToken = default) =>
        await _http.GetFromJsonAsync<List<AuditedRequest>>("__emulator/audit", Json, cancellationToken).ConfigureAwait(false) ?? [];

    /// <summary>Replaces the emulator's fault settings (the admin endpoint's JSON shape, e.g. <c>new { latency = "00:00:02" }</c>).</summary>
    public async Task SetFaultsAsync(object faults, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PutAsJsonAsync("__emulator/faults", faults, Json, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The agent bootstrap file the controller gave a server at create, read from its config drive.</summary>
    public async Task<AgentBootstrapFile> BootstrapAsync(string serverId, CancellationToken cancellationToken = default)
    {
        var drive = await _http.GetFromJsonAsync<ConfigDrive>(
                $"__emulator/servers/{Uri.EscapeDataString(serverId)}/config-drive", Json, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"server {serverId} has no config drive");
        var file = drive.Personality.FirstOrDefault(p => p.Path.EndsWith(".json", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"server {serverId} has no bootstrap personality file");
        return AgentBootstrapFile.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(file.Contents)));
    }

    /// <summary>Polls (every 200 ms) until <paramref name="condition"/> holds for the server list; a timeout names
    /// <paramref name="what"/> and the servers last seen.</summary>
    public async Task<IReadOnlyList<EmulatedServer>> WaitForServersAsync(
        Func<IReadOnlyList<EmulatedServer>, bool> condition, TimeSpan timeout, string what, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        while (true)
        {
            var servers = await ServersAsync(cancellationToken).ConfigureAwait(false);
            if (condition(servers))
            {
                return servers;
            }

            try
            {
                await Task.Delay(200, cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"timed out waiting for {what}; servers: {string.Join(", ", servers)}");
            }
        }
    }

    /// <summary>Kills the emulator process.</summary>
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync().ConfigureAwait(false);
    }

    private sealed record ConfigDrive(List<EmulatedFile> Personality, string? UserData);

    private sealed record EmulatedFile(string Path, string Contents);
}
