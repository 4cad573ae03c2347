using Autoscaler.Controller.Operations.Access;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Autoscaler.Controller.Operations;

/// <summary>Says once the server is listening where the dashboard, API and metrics are, and whether a token guards them.</summary>
internal sealed class OperationsBanner(IServer server, IHostApplicationLifetime lifetime, AdminAccess access, ILogger<OperationsBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? (ICollection<string>)[];

        // The HTTP/1.1 endpoint serves the dashboard; with several, the first is as good as any for the banner.
        var web = addresses.FirstOrDefault()?.TrimEnd('/');
        if (web is not null)
        {
            OperationsLog.Listening(logger, web + "/", web + "/api/v1/fleets", web + "/metrics");
        }

        if (access.ExposedAddresses.Count > 0)
        {
            var exposed = string.Join(", ", access.ExposedAddresses);
            if (access.HasToken)
            {
                OperationsLog.TokenRequired(logger, exposed);
            }
            else
            {
                OperationsLog.ExposedWithoutToken(logger, exposed);
            }
        }
    }
}
