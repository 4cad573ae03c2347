using Microsoft.Data.Sqlite;

namespace Autoscaler.EndToEnd.Tests.Infrastructure;

/// <summary>The controller (src/Controller) as a real process on loopback ports of its own, with its own SQLite file.</summary>
internal sealed class ControllerProcess : IAsyncDisposable
{
    private readonly ServiceProcess _process;

    private ControllerProcess(ServiceProcess process, Uri http, Uri grpc, string databasePath)
    {
        _process = process;
        HttpAddress = http;
        GrpcAddress = grpc;
        DatabasePath = databasePath;
    }

    /// <summary>HTTP/1.1: dashboard, REST, health, metrics.</summary>
    public Uri HttpAddress { get; }

    /// <summary>HTTP/2: the agent protocol and the admin gRPC API.</summary>
    public Uri GrpcAddress { get; }

    public string DatabasePath { get; }

    public string Output => _process.Output;

    /// <summary>Starts the controller against <paramref name="cloud"/> (or its embedded cloud when null) with extra settings.</summary>
    public static async Task<ControllerProcess> StartAsync(
        string dataDirectory, EmulatorProcess? cloud, IReadOnlyDictionary<string, string> settings, int? httpPort = null, int? grpcPort = null)
    {
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
        await process.WaitForOutputAsync("Application started", TimeSpan.FromSeconds(90));
        return new ControllerProcess(process, http, grpc, database);
    }

    /// <summary>Reads the servers table of the controller's SQLite file (as an operator with sqlite3 would).</summary>
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

    /// <summary>One row of the servers table.</summary>
    internal sealed record ServerRow(string Id, string Fleet, string State, string? CloudId)
    {
        public bool IsLive => State is not ("Deleted" or "Deleting");

        public override string ToString() => $"{Id}:{State}:{CloudId}";
    }

    /// <summary>Kills the process with SIGKILL: no shutdown code runs.</summary>
    public Task KillAsync() => _process.KillAsync();

    public async ValueTask DisposeAsync() => await _process.DisposeAsync();
}
