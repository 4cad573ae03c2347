using Autoscaler.Agent;
using Microsoft.Extensions.Options;

namespace Autoscaler.AgentSidecar;

/// <summary>Builds the sidecar: the agent library plus a loopback HTTP API for game servers not written in .NET.</summary>
internal static class SidecarApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);

        // A game polls this API often; per-request logs would drown the agent's own (configurable as usual).
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddOptions<SidecarOptions>().BindConfiguration(SidecarOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SidecarOptions>, SidecarOptionsValidator>();
        builder.Services.AddAutoscalerAgent(builder.Configuration.GetSection("Agent"));
        builder.Services.AddSingleton<CommandFeed>();
        builder.Services.AddProblemDetails();
        customize?.Invoke(builder);

        var url = builder.Configuration.GetSection(SidecarOptions.SectionName).Get<SidecarOptions>()?.Url ?? new SidecarOptions().Url;
        if (!SidecarOptionsValidator.IsLoopbackHttp(url))
        {
            throw new OptionsValidationException(SidecarOptions.SectionName, typeof(SidecarOptions), [$"{SidecarOptions.SectionName}:Url must be an http:// loopback address, was {url}."]);
        }

        builder.WebHost.UseUrls(url.ToString());
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 16 * 1024);
        var app = builder.Build();

        // The feed must exist before the first command arrives.
        app.Services.GetRequiredService<CommandFeed>();
        app.MapSidecarApi();
        return app;
    }
}
