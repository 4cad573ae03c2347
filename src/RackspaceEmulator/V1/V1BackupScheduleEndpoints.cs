using System.Text.Json.Nodes;
using System.Xml.Linq;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>v1.0 backup schedules: GET (200), POST (204), DELETE (204, disables).</summary>
internal static class V1BackupScheduleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/servers/{serverId}/backup_schedule", (HttpContext http, CloudModel model, string serverId) =>
        {
            var schedule = model.GetBackupSchedule(http.Tenant(), serverId);
            return V1Reply.Result(
                http,
                StatusCodes.Status200OK,
                () => new JsonObject
                {
                    ["backupSchedule"] = new JsonObject
                    {
                        ["enabled"] = schedule.Enabled,
                        ["weekly"] = schedule.Weekly,
                        ["daily"] = schedule.Daily,
                    },
                },
                () => new XElement(
                    V1Xml.Ns + "backupSchedule",
                    new XAttribute("enabled", schedule.Enabled ? "true" : "false"),
                    new XAttribute("weekly", schedule.Weekly),
                    new XAttribute("daily", schedule.Daily)));
        }).Operation("ListBackupSchedule");
        api.MapPost("/servers/{serverId}/backup_schedule", SetAsync).Operation("CreateBackupSchedule");
        api.MapDelete("/servers/{serverId}/backup_schedule", (HttpContext http, CloudModel model, string serverId) =>
        {
            model.SetBackupSchedule(http.Tenant(), serverId, BackupScheduleRecord.Disabled);
            return Results.StatusCode(StatusCodes.Status204NoContent);
        }).Operation("DeleteBackupSchedule");
    }

    private static async Task<IResult> SetAsync(HttpContext http, CloudModel model, string serverId)
    {
        var body = await V1RequestBody.ReadAsync(http, "backupSchedule").ConfigureAwait(false);
        var enabled = body.Bool("enabled") ?? throw JsonBody.Invalid("backupSchedule.enabled", "true or false is required");
        var weekly = body.String("weekly") ?? "DISABLED";
        var daily = body.String("daily") ?? "DISABLED";
        if (!BackupScheduleRecord.WeeklyValues.Contains(weekly))
        {
            throw JsonBody.Invalid("backupSchedule.weekly", "DISABLED or a day name (SUNDAY..SATURDAY) is required");
        }

        if (!BackupScheduleRecord.DailyValues.Contains(daily))
        {
            throw JsonBody.Invalid("backupSchedule.daily", "DISABLED or a two-hour window such as H_0400_0600 is required");
        }

        model.SetBackupSchedule(http.Tenant(), serverId, new BackupScheduleRecord(enabled, weekly, daily));
        return Results.StatusCode(StatusCodes.Status204NoContent);
    }
}
