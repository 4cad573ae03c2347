using Autoscaler.Controller.Operations.Admin;
using Autoscaler.Controller.Operations.Timeline;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Operations;

/// <summary>Registers and maps what an operator sees: dashboard, admin API, health, metrics.</summary>
internal static class OperationsSurfaceExtensions
{
    public static IServiceCollection AddOperationsSurface(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OperationsOptions>().Bind(configuration.GetSection(OperationsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OperationsOptions>, OperationsOptionsValidator>();

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
        return services;
    }

    public static IEndpointRouteBuilder MapOperationsSurface(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints is IApplicationBuilder app)
        {
            // The dashboard: plain files next to the binary, nothing built at run time.
            var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
            app.UseFileServer(new FileServerOptions { FileProvider = files, RequestPath = "" });
        }

        endpoints.MapGrpcService<FleetAdminService>();
        endpoints.MapGrpcReflectionService();
        return endpoints;
    }
}
