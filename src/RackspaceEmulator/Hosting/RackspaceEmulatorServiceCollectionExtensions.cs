using Autoscaler.RackspaceEmulator.Limits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Autoscaler.RackspaceEmulator;

/// <summary>Registers the emulated cloud's services.</summary>
public static class RackspaceEmulatorServiceCollectionExtensions
{
    /// <summary>Registers the emulator with options bound from the <c>Emulator</c> section and validated at start-up.</summary>
    public static IServiceCollection AddRackspaceEmulator(this IServiceCollection services, IConfiguration configuration, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EmulatorOptions>().Bind(configuration.GetSection(EmulatorOptions.SectionName)).ValidateOnStart();
        return services.AddEmulatorCore(timeProvider);
    }

    /// <summary>Registers the emulator with the given options, validated now (throws <see cref="OptionsValidationException"/>).</summary>
    public static IServiceCollection AddRackspaceEmulator(this IServiceCollection services, EmulatorOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new EmulatorOptionsValidator().Validate(Microsoft.Extensions.Options.Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Microsoft.Extensions.Options.Options.DefaultName, typeof(EmulatorOptions), result.Failures);
        }

        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        return services.AddEmulatorCore(timeProvider);
    }

    private static IServiceCollection AddEmulatorCore(this IServiceCollection services, TimeProvider? timeProvider)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmulatorOptions>, EmulatorOptionsValidator>());
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }
        else
        {
            services.TryAddSingleton(TimeProvider.System);
        }

        services.AddRouting();

        // The guide makes gzip optional: answered compressed only when the client sends Accept-Encoding.
        services.AddResponseCompression(o => o.MimeTypes = ["application/json", "application/xml"]);
        services.AddSingleton(sp => new CloudModel(
            sp.GetRequiredService<IOptions<EmulatorOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<CloudModel>>()));
        services.AddSingleton(sp => new RateLimiter(
            sp.GetRequiredService<IOptions<EmulatorOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
