using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.Admin;

/// <summary>Run-time control of the emulator under /__emulator (not part of the Rackspace API; no authentication).</summary>
internal static class AdminEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/__emulator");
        admin.MapGet("/faults", (CloudModel model) => Results.Json(model.Faults, Json)).WithMetadata(Op("GetFaults"));
        admin.MapPut("/faults", ReplaceFaultsAsync).WithMetadata(Op("SetFaults"));
        admin.MapDelete("/faults", (CloudModel model) =>
        {
            model.Faults = new FaultSettings();
            return Results.NoContent();
        }).WithMetadata(Op("ClearFaults"));
        admin.MapPost("/faults/revoke-tokens", (CloudModel model) =>
        {
            model.RevokeAllTokens();
            return Results.NoContent();
        }).WithMetadata(Op("RevokeTokens"));
        admin.MapPost("/faults/outage", StartOutage).WithMetadata(Op("StartOutage"));
        admin.MapGet("/servers", (CloudModel model, bool? includeDeleted) => Results.Json(model.GetServers(includeDeleted ?? false).Select(AdminServerView.From), Json))
            .WithMetadata(Op("AdminListServers"));
        admin.MapGet("/servers/{id}/config-drive", (CloudModel model, string id) =>
                model.FindServer(id) is { } server ? Results.Json(ConfigDriveView.From(server), Json) : Results.NotFound(new { error = $"No server with id '{id}'." }))
            .WithMetadata(Op("AdminConfigDrive"));
        admin.MapGet("/audit", (CloudModel model) => Results.Json(model.GetAuditLog(), Json)).WithMetadata(Op("AdminAudit"));
    }

    private static async Task<IResult> ReplaceFaultsAsync(HttpContext http, CloudModel model)
    {
        FaultSettings? settings;
        try
        {
            settings = await JsonSerializer.DeserializeAsync<FaultSettings>(http.Request.Body, Json, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return Results.BadRequest(new { error = $"Malformed fault settings: {ex.Message}" });
        }

        if (settings is null)
        {
            return Results.BadRequest(new { error = "A fault settings object is required." });
        }

        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            return Results.BadRequest(new { errors });
        }

        model.Faults = settings;
        return Results.Json(model.Faults, Json);
    }

    /// <summary>POST /__emulator/faults/outage?seconds=N: every API request fails with 503 for the next N seconds.</summary>
    private static IResult StartOutage(CloudModel model, string? seconds)
    {
        if (!double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var length) || length <= 0 || length > 86_400)
        {
            return Results.BadRequest(new { error = "Query parameter 'seconds' must be a number between 0 and 86400." });
        }

        var now = model.Now;
        var window = new OutageWindow { Start = now, End = now + TimeSpan.FromSeconds(length) };
        var current = model.Faults;
        model.Faults = current with { Outages = [.. current.Outages, window] };
        return Results.Json(window, Json);
    }

    private static EmulatorOperation Op(string name) => new(name, ApiDialect.Admin, Authenticated: false);
}
