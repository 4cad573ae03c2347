using System.Globalization;
using System.Runtime;
using System.Text;
using Autoscaler.Controller.Agents;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Autoscaler.Benchmarks.Ingestion;

/// <summary><c>host-agents</c>: the controller's real agent service (cloud.proto Cloud service, AgentStream, FleetRegistry)
/// on a loopback port, with N servers registered as the controller registers them at create, so the load generator can
/// open N authenticated agent streams against it. Writes "serverId,token" lines for the generator and serves /stats.</summary>
/// <remarks>Only the ingestion path runs here (no policy, no database, no cloud): it is the part under load.</remarks>
internal static class AgentIngestionHost
{
    public const string CommandName = "host-agents";

    public static async Task<int> RunAsync(int servers, string tokensPath, int durationSeconds, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var options = new FleetOptions { ImageId = "image", FlavorId = "2", SlotsPerServer = 100, MaxServers = servers * 2 };
        var catalog = FleetCatalog.Fixed(new Dictionary<string, FleetOptions>(StringComparer.Ordinal) { ["game"] = options });
        var registry = new FleetRegistry(catalog, TimeProvider.System, NullLogger<FleetRegistry>.Instance);
        var lines = new StringBuilder();
        for (var i = 0; i < servers; i++)
        {
            var (token, hash) = AgentTokens.Mint();
            var slot = new ServerSlot(string.Create(CultureInfo.InvariantCulture, $"as-game-{i:D6}"), "game", hash, now.AddMinutes(-5), 100);
            slot.MoveTo(ServerState.Booting, now.AddMinutes(-3));
            registry.Add(slot);
            lines.Append(slot.Id).Append(',').Append(token).Append('\n');
        }

        // Throwaway tokens of this benchmark registry only; the file is readable by its owner alone.
        await File.WriteAllTextAsync(tokensPath, lines.ToString()).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tokensPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var counter = new ApplyCounter(20_000_000);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);

            // The no-op sink's limits, so the generator spreads its streams over as many connections for both targets.
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1_000;
            kestrel.Limits.MaxConcurrentConnections = null;
        });
        builder.Services.AddAgentProtocol(builder.Configuration);
        builder.Services.AddSingleton<IAgentGateway>(new MeasuredGateway(registry, counter, TimeProvider.System));
        var app = builder.Build();
        app.MapAgentProtocol();
        app.MapGet("/stats", () =>
        {
            var (samples, p50, p99, max) = counter.Lag();
            return Results.Text(string.Create(CultureInfo.InvariantCulture,
                $$"""{"reports":{{counter.Applied}},"streams":0,"lagSamples":{{samples}},"lagP50Milliseconds":{{Json(p50)}},"lagP99Milliseconds":{{Json(p99)}},"lagMaxMilliseconds":{{Json(max)}}}"""),
                "application/json");
        });
        app.MapPost("/reset", () =>
        {
            counter.ResetLag();
            return Results.Ok();
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // The controller runs workstation GC (its project sets it; DOTNET_gcServer=1 overrides it), as this host does by
        // default. Say which one this run has, so a figure is never recorded without it.
        Console.WriteLine($"gc {(GCSettings.IsServerGC ? "server" : "workstation")}");
        Console.WriteLine($"listening {address}");
        try
        {
            // The host's own console lifetime takes Ctrl-C and SIGTERM: stop on those as well as on the command's token.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
            await Task.Delay(TimeSpan.FromSeconds(durationSeconds), stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C or SIGTERM: stop early, cleanly.
        }
        finally
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            File.Delete(tokensPath);
        }

        return 0;
    }

    private static string Json(double value) =>
        double.IsFinite(value) ? value.ToString("0.###", CultureInfo.InvariantCulture) : "\"NaN\"";
}
