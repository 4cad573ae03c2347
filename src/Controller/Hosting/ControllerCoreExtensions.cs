using Autoscaler.Controller.Core;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Registry;
using Autoscaler.Controller.Scheduling;
using Autoscaler.RackspaceApi.Provisioning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Autoscaler.Controller.Hosting;

/// <summary>Registers the controller's core: fleets, registry, policy engine, persistence and jobs.</summary>
/// <remarks>The cloud (<see cref="IServerProvisioner"/>) is registered by the cloud wiring (src/Controller/Cloud).</remarks>
internal static class ControllerCoreExtensions
{
    public static IServiceCollection AddControllerCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var fleets = configuration.GetSection(FleetCatalogOptions.SectionName);

        // No validator in the options pipeline: FleetCatalog validates, so a bad live edit keeps the last good policy.
        services.AddOptions<FleetCatalogOptions>().Configure(o => fleets.Bind(o.Fleets));
        services.AddSingleton<IOptionsChangeTokenSource<FleetCatalogOptions>>(new ConfigurationChangeTokenSource<FleetCatalogOptions>(fleets));
        services.AddOptions<ControllerOptions>().Bind(configuration.GetSection(ControllerOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ControllerOptions>, ControllerOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FleetCatalog>();
        services.AddSingleton<FleetRegistry>();
        services.AddSingleton<IAgentGateway>(sp => sp.GetRequiredService<FleetRegistry>());
        var connectionString = configuration.GetConnectionString("Autoscaler") ?? SqliteDatabase.DefaultConnectionString;
        services.AddDbContextFactory<AutoscalerDbContext>(o => SqliteDatabase.Configure(o, connectionString));
        services.AddSingleton(sp => new FleetEngine(
            sp.GetRequiredService<FleetCatalog>(),
            sp.GetRequiredService<FleetRegistry>(),
            sp.GetRequiredService<IServerProvisioner>(),
            sp.GetRequiredService<IDbContextFactory<AutoscalerDbContext>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ControllerOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IPolicyTrigger, QuartzPolicyTrigger>();
        services.AddSingleton<FleetAdministration>();

        services.AddHostedService<CoreStartup>();
        services.AddQuartz();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
