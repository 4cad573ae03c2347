using Autoscaler.Controller.Agents.KeyValue;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Agents;

/// <summary>Registers and maps the agent protocol (cloud.proto's Cloud service).</summary>
/// <remarks>The fleet registry registers the <see cref="Registry.IAgentGateway"/> the service talks to.</remarks>
internal static class AgentProtocolExtensions
{
    public static IServiceCollection AddAgentProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddGrpc().AddServiceOptions<CloudService>(grpc =>
        {
            // Hostile sizes are refused by the transport before any parsing.
            grpc.MaxReceiveMessageSize = ProtocolLimits.MaxMessageBytes;
            grpc.EnableDetailedErrors = false;
        });
        services.AddOptions<AgentProtocolOptions>()
            .Bind(configuration.GetSection(AgentProtocolOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AgentProtocolOptions>, AgentProtocolOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CloudStore>();
        return services;
    }

    public static IEndpointRouteBuilder MapAgentProtocol(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<CloudService>();
        return endpoints;
    }
}
