using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Autoscaler.LoadGenerator.Sink;

/// <summary>Hosts the no-op Cloud service on a loopback port (HTTP/2 without TLS, as the controller serves agents).</summary>
internal static class SinkHost
{
    public static async Task<(WebApplication App, Uri Address)> StartAsync(SinkStats stats, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(System.Net.IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1_000;
            kestrel.Limits.MaxConcurrentConnections = null;
        });
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(stats);
        builder.Services.AddSingleton(TimeProvider.System);
        var app = builder.Build();
        app.MapGrpcService<NoOpCloudService>();
        app.MapGet("/stats", (SinkStats s) => Results.Json(new SinkSnapshot(s.Reports, s.Streams, s.Lag.Count, s.Lag.Percentile(50), s.Lag.Percentile(99), s.Lag.Percentile(100)), SinkJson.Default.SinkSnapshot));
        app.MapPost("/reset", (SinkStats s) =>
        {
            s.Lag.Reset();
            return Results.Ok();
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }
}
