using Autoscaler.RackspaceEmulator;
using Microsoft.Extensions.Options;

namespace Autoscaler.DemoGameServer;

/// <summary>Registers the machine's role.</summary>
internal static class DemoMachineExtensions
{
    public static IServiceCollection AddDemoMachine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoMachineOptions>().Bind(configuration.GetSection(DemoMachineOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DemoMachineOptions>, DemoMachineOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        var role = configuration.GetSection(DemoMachineOptions.SectionName).GetValue<DemoRole?>(nameof(DemoMachineOptions.Role)) ?? DemoRole.GameServer;
        if (role == DemoRole.Cloud)
        {
            var emulator = new EmulatorOptions();
            configuration.GetSection(EmulatorOptions.SectionName).Bind(emulator);
            services.AddSingleton(emulator);
            services.AddHostedService<CloudWithDisks>();
        }
        else
        {
            services.AddHostedService<SimulatedGameServer>();
        }

        return services;
    }
}
