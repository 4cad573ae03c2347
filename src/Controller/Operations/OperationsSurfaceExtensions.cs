using Autoscaler.Controller.Operations.Access;
using Autoscaler.Controller.Operations.Admin;
using Autoscaler.Controller.Operations.Health;
using Autoscaler.Controller.Operations.Telemetry;
using Autoscaler.Controller.Operations.Timeline;
using Autoscaler.Controller.Registry;
using Autoscaler.RackspaceApi.Events;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Autoscaler.Controller.Operations;

/// <summary>Registers and maps what an operator sees: dashboard, admin API, health, metrics.</summary>
internal static class OperationsSurfaceExtensions
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddOperationsSurface(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OperationsOptions>().Bind(configuration.GetSection(OperationsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OperationsOptions>>(new OperationsOptionsValidator(configuration));
        services.AddSingleton<AdminAccess>();

        services.AddGrpc().AddJsonTranscoding(o =>
        {
            // Zeros and empty lists are written out, so a client never has to guess a missing field.
            o.JsonSettings.IgnoreDefaultValues = false;
            o.JsonSettings.WriteIndented = true;

            // The error details the admin API attaches, so REST clients see them too.
            o.TypeRegistry = TypeRegistry.FromMessages(BadRequest.Descriptor, ResourceInfo.Descriptor, PreconditionFailure.Descriptor);
        });
        services.AddGrpcReflection();

        services.AddSingleton(sp => new FleetTimeline(sp.GetRequiredService<IOptions<OperationsOptions>>().Value.TimelineLength));
        services.AddHostedService<FleetTimelineSampler>();

        services.AddSingleton<OperationsMetrics>();
        services.AddSingleton<CloudCallObserver>();
        services.AddSingleton<IRackspaceObserver>(sp => sp.GetRequiredService<CloudCallObserver>());
        services.AddSingleton<IAgentGateway>(sp => new MeteredAgentGateway(sp.GetRequiredService<FleetRegistry>(), sp.GetRequiredService<OperationsMetrics>()));
        services.AddHostedService<DecisionWatcher>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(OperationsMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());

        services.AddHealthChecks()
            .AddCheck<DatabaseReadiness>("database", tags: [ReadyTag])
            .AddCheck<SchedulerReadiness>("scheduler", tags: [ReadyTag])
            .AddCheck<CloudReadiness>("cloud", tags: [ReadyTag]);
        services.AddGrpcHealthChecks(o => o.Services.Map("", r => r.Tags.Contains(ReadyTag)));
        services.AddHostedService<OperationsBanner>();
        return services;
    }

    public static IEndpointRouteBuilder MapOperationsSurface(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints is IApplicationBuilder app)
        {
            app.UseMiddleware<AdminAccessMiddleware>();

            // The dashboard: plain files next to the binary, nothing built at run time.
            var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
            app.UseFileServer(new FileServerOptions { FileProvider = files });
        }

        endpoints.MapGrpcService<FleetAdminService>();
        endpoints.MapGrpcReflectionService();
        endpoints.MapGrpcHealthChecksService();
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthReportWriter.WriteAsync });
        endpoints.MapPrometheusScrapingEndpoint();
        return endpoints;
    }
}
