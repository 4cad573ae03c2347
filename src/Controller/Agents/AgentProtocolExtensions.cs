namespace Autoscaler.Controller.Agents;

/// <summary>Registers and maps the agent protocol (cloud.proto's Cloud service).</summary>
internal static class AgentProtocolExtensions
{
    public static IServiceCollection AddAgentProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddGrpc();
        return services;
    }

    public static IEndpointRouteBuilder MapAgentProtocol(this IEndpointRouteBuilder endpoints) => endpoints;
}
