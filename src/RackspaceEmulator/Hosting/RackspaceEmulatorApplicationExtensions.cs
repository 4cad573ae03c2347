using Autoscaler.RackspaceEmulator.Admin;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Identity;
using Autoscaler.RackspaceEmulator.V1;
using Autoscaler.RackspaceEmulator.V2;
using Microsoft.AspNetCore.Builder;

namespace Autoscaler.RackspaceEmulator;

/// <summary>Wires the emulator's pipeline and endpoints into a web application.</summary>
public static class RackspaceEmulatorApplicationExtensions
{
    /// <summary>Adds the emulator's middleware (v1.0 format extensions, outages, latency, authentication, injected errors,
    /// rate limits, fault bodies, audit) and maps identity v1.0/v2.0, the v1.0 and v2 APIs and the admin endpoints.</summary>
    /// <remarks>Call it on a fresh application: it calls <c>UseRouting</c> itself, after the extension rewriting.</remarks>
    public static WebApplication MapRackspaceEmulator(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseResponseCompression();
        app.UseMiddleware<V1ExtensionMiddleware>();
        app.UseRouting();
        app.UseMiddleware<EmulatorPipelineMiddleware>();
        IdentityV2Endpoints.Map(app);
        IdentityV1Endpoints.Map(app);
        V1Endpoints.Map(app);
        V2Endpoints.Map(app);
        AdminEndpoints.Map(app);
        return app;
    }
}
