using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Autoscaler.Harness;

/// <summary>The controller (src/Controller) as a real process on loopback ports of its own, with its own SQLite file.</summary>
public sealed class ControllerProcess : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ServiceProcess _process;
    private readonly HttpClient _http;

    private ControllerProcess(ServiceProcess process, Uri http, Uri grpc, string databasePath)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = http };
        HttpAddress = http;
        GrpcAddress = grpc;
        DatabasePath = databasePath;
    }

    /// <summary>HTTP/1.1: dashboard, REST, health, metrics.</summary>
    public Uri HttpAddress { get; }

    /// <summary>HTTP/2: the agent protocol and the admin gRPC API.</summary>
    public Uri GrpcAddress { get; }

    /// <summary>The controller's SQLite file.</summary>
    public string DatabasePath { get; }

    /// <summary>Everything the controller printed so far.</summary>
    public string Output => _process.Output;

    /// <summary>The controller's operating system process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts the controller against <paramref name="cloud"/> (or its embedded cloud when null) with extra
    /// settings (environment keys such as <c>Fleets__NAME__MaxServers</c>), its SQLite file in
    /// <paramref name="dataDirectory"/>, and waits until it has started.</summary>
    /// <remarks>The cloud account is the emulator's demo account; its API key is a fixed test value, never a secret.</remarks>
    public static async Task<ControllerProcess> StartAsync(
        string dataDirectory,
        EmulatorProcess? cloud,
        IReadOnlyDictionary<string, string> settings,
        int? httpPort = null,
        int? grpcPort = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var http = new Uri($"http://127.0.0.1:{httpPort ?? FreePort.Next()}/");
        var grpc = new Uri($"http://127.0.0.1:{grpcPort ?? FreePort.Next()}/");
        var database = Path.Combine(dataDirectory, "autoscaler.db");
        var environment = new Dictionary<string, string>
        {
            ["Kestrel__Endpoints__Http__Url"] = http.ToString().TrimEnd('/'),
            ["Kestrel__Endpoints__Grpc__Url"] = grpc.ToString().TrimEnd('/'),
            ["Controller__AgentEndpoint"] = grpc.ToString().TrimEnd('/'),
            ["ConnectionStrings__Autoscaler"] = $"Data Source={database}",
        };
        if (cloud is not null)
        {
            environment["Cloud__Provider"] = "Rackspace";
            environment["Rackspace__Dialect"] = "V2";
            environment["Rackspace__IdentityUrl"] = cloud.IdentityV2.ToString();
            environment["Rackspace__Username"] = "demo";
            environment["Rackspace__ApiKey"] = "demo-api-key";
            environment["Rackspace__RetryBaseDelay"] = "00:00:00.100";
        }

        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        var process = ServiceProcess.Start(
            "controller", RepositoryLayout.ProgramPath("Controller", "Autoscaler.Controller"), [], environment);
        try
        {
            await process.WaitForOutputAsync("Application started", TimeSpan.FromSeconds(90), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new ControllerProcess(process, http, grpc, database);
    }

    /// <summary>Reads the servers table of the controller's SQLite file (as an operator with sqlite3 would), oldest first.</summary>
    public IReadOnlyList<ServerRow> ServerRows()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Fleet, State, CloudId FROM servers ORDER BY CreatedAt";
        using var reader = command.ExecuteReader();
        var rows = new List<ServerRow>();
        while (reader.Read())
        {
            rows.Add(new ServerRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return rows;
    }

    /// <summary>A fleet's servers as the controller knows them now (its REST API, from memory; no token is needed on loopback).</summary>
    public async Task<IReadOnlyList<ControllerServer>> ServersAsync(string fleet, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fleet);
        var listing = await _http.GetFromJsonAsync<ServerListing>($"api/v1/fleets/{Uri.EscapeDataString(fleet)}/servers", Json, cancellationToken)
            .ConfigureAwait(false);
        return listing?.Servers ?? [];
    }

    /// <summary>Reports, as one matchmaker (<paramref name="source"/>), the players waiting for a slot in a fleet (its
    /// REST API); returns the fleet's waiting players across every source. Report every few seconds, 0 included: a
    /// count expires when its source stops reporting.</summary>
    public async Task<int> ReportWaitingPlayersAsync(string fleet, int waitingPlayers, string source = "harness", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fleet);
        ArgumentOutOfRangeException.ThrowIfNegative(waitingPlayers);
        using var response = await _http.PostAsJsonAsync(
            $"api/v1/fleets/{Uri.EscapeDataString(fleet)}/waiting-players", new { source, waitingPlayers }, Json, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new HttpRequestException($"reporting waiting players to fleet {fleet} failed: {(int)response.StatusCode} {body}", null, response.StatusCode);
        }

        var answer = await response.Content.ReadFromJsonAsync<WaitingAnswer>(Json, cancellationToken).ConfigureAwait(false);
        return answer?.WaitingPlayers ?? 0;
    }

    /// <summary>Kills the process with SIGKILL: no shutdown code runs.</summary>
    public Task KillAsync() => _process.KillAsync();

    /// <summary>Kills the controller process.</summary>
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync().ConfigureAwait(false);
    }

    private sealed record ServerListing(List<ControllerServer>? Servers);

    private sealed record WaitingAnswer(string? Fleet, int WaitingPlayers);
}
