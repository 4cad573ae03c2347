using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Autoscaler.Agent;

/// <summary>Registers a <see cref="GameServerAgent"/> in a hosted game server (Generic Host or ASP.NET Core).</summary>
public static class AgentServiceCollectionExtensions
{
    /// <summary>Adds the agent, configured from code, started and stopped with the host.</summary>
    /// <remarks>
    /// Values not set by <paramref name="configure"/> are read from the bootstrap file named by
    /// <see cref="AgentOptions.BootstrapFilePath"/>, else by the <c>AUTOSCALER_AGENT_BOOTSTRAP</c> environment variable,
    /// else from <see cref="AgentBootstrapFile.DefaultPath"/> when that file exists. Invalid options stop start-up with
    /// every problem listed. Inject <see cref="GameServerAgent"/> to report load and watch for drain.
    /// </remarks>
    public static IServiceCollection AddAutoscalerAgent(this IServiceCollection services, Action<AgentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<AgentOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        return services.AddAgentCore();
    }

    /// <summary>Adds the agent, bound to a configuration section (e.g. <c>configuration.GetSection("Autoscaler:Agent")</c>).</summary>
    /// <remarks>Keys are <see cref="AgentOptions"/> property names. See the other overload for the bootstrap file.</remarks>
    public static IServiceCollection AddAutoscalerAgent(this IServiceCollection services, IConfiguration configuration, Action<AgentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddOptions<AgentOptions>().Bind(configuration);
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        return services.AddAgentCore();
    }

    private static IServiceCollection AddAgentCore(this IServiceCollection services)
    {
        services.AddOptions<AgentOptions>().PostConfigure(ApplyBootstrapFile).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AgentOptions>, AgentOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new GameServerAgent(
            provider.GetRequiredService<IOptions<AgentOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()));
        services.AddHostedService<AgentHostedService>();
        return services;
    }

    private static void ApplyBootstrapFile(AgentOptions options)
    {
        var path = options.BootstrapFilePath ?? Environment.GetEnvironmentVariable(AgentBootstrapFile.PathEnvironmentVariable);
        if (path is null && File.Exists(AgentBootstrapFile.DefaultPath))
        {
            path = AgentBootstrapFile.DefaultPath;
        }

        if (!string.IsNullOrEmpty(path))
        {
            // A named but unreadable file is a start-up error (thrown with the path and the field).
            options.Apply(AgentBootstrapFile.Read(path));
        }
    }
}
