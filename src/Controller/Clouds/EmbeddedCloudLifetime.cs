using Autoscaler.RackspaceEmulator;

namespace Autoscaler.Controller.Clouds;

/// <summary>Announces the embedded emulated cloud at start and stops it with the controller.</summary>
internal sealed class EmbeddedCloudLifetime(EmulatedCloud cloud, ILogger<EmbeddedCloudLifetime> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        CloudLog.EmulatedCloud(logger, cloud.BaseAddress);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await cloud.DisposeAsync().ConfigureAwait(false);
}
