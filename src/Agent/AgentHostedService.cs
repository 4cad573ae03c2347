using Microsoft.Extensions.Hosting;

namespace Autoscaler.Agent;

/// <summary>Starts the agent with the host and stops it (closing the stream) when the host stops.</summary>
internal sealed class AgentHostedService(GameServerAgent agent) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        agent.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => agent.StopAsync(cancellationToken);
}
