namespace Autoscaler.Controller.Operations;

/// <summary>Registers and maps what an operator sees: dashboard, admin API, health, metrics.</summary>
internal static class OperationsSurfaceExtensions
{
    public static IServiceCollection AddOperationsSurface(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapOperationsSurface(this IEndpointRouteBuilder endpoints) => endpoints;
}
