using Autoscaler.RackspaceEmulator.Model;

namespace Autoscaler.RackspaceEmulator;

/// <summary>Server actions: reboot, rebuild, resize with confirm and revert, password.</summary>
public sealed partial class CloudModel
{
    internal ServerSnapshot Reboot(TenantContext ctx, string id, bool hard) => Update(changes =>
    {
        var server = Find(ctx, id);
        var now = _time.GetUtcNow();
        CatchUp(server, now, changes);
        if (hard)
        {
            RequireStatus(ctx, server, "reboot", ServerStatus.Active, ServerStatus.Reboot, ServerStatus.HardReboot, ServerStatus.Error);
            Enter(server, ServerStatus.HardReboot, now, Options.HardRebootTime, changes);
        }
        else
        {
            RequireStatus(ctx, server, "reboot", ServerStatus.Active);
            Enter(server, ServerStatus.Reboot, now, Options.RebootTime, changes);
        }

        Arm(server, now);
        return server.ToSnapshot(now);
    });

    internal (ServerSnapshot Server, string AdminPass) Rebuild(
        TenantContext ctx, string id, string imageRef, string? name, string? adminPass,
        IReadOnlyDictionary<string, string>? metadata, IReadOnlyList<PersonalityFile>? personality) => Update(changes =>
    {
        var server = Find(ctx, id);
        var now = _time.GetUtcNow();
        CatchUp(server, now, changes);
        RequireStatus(ctx, server, "rebuild", ServerStatus.Active, ServerStatus.Error);
        var image = ResolveImage(ctx, imageRef)
            ?? throw Fault(CloudFault.BadRequest($"Invalid {ImageField(ctx)}: image {imageRef} was not found."));
        if (metadata is not null)
        {
            CheckMetadataLimit(ctx, metadata.Count);
        }

        if (personality is not null)
        {
            CheckPersonality(ctx, personality);
        }

        server.Image = image;
        server.Name = name ?? server.Name;
        server.AdminPass = adminPass ?? NewPassword();
        if (metadata is not null)
        {
            server.Metadata = new Dictionary<string, string>(metadata, StringComparer.Ordinal);
        }

        if (personality is not null)
        {
            server.Personality = [.. personality];
        }

        Enter(server, ServerStatus.Rebuild, now, Options.RebuildTime, changes);
        Arm(server, now);
        return (server.ToSnapshot(now), server.AdminPass);
    });

    internal ServerSnapshot Resize(TenantContext ctx, string id, string flavorRef) => Update(changes =>
    {
        var server = Find(ctx, id);
        var now = _time.GetUtcNow();
        CatchUp(server, now, changes);
        RequireStatus(ctx, server, "resize", ServerStatus.Active);
        var flavor = ResolveFlavor(flavorRef)
            ?? throw Fault(CloudFault.BadRequest($"Invalid {FlavorField(ctx)}: flavor {flavorRef} was not found."));
        if (flavor.Id == server.FlavorId)
        {
            throw Fault(CloudFault.BadRequest($"Invalid {FlavorField(ctx)}: the server already has flavor {flavor.Id}."));
        }

        if (server.SharedIpGroupId is not null && ctx.Dialect == ApiDialect.V1)
        {
            throw Fault(CloudFault.ResizeNotAllowed("Resize is not allowed for a server in a shared IP group."));
        }

        var currentRam = ResolveFlavor(server.FlavorId)?.Ram ?? 0;
        var others = RamInUse(LiveServers(ctx.TenantId).Where(s => s != server));
        if (others + Math.Max(currentRam, flavor.Ram) > Options.AbsoluteLimits.MaxTotalRamSize)
        {
            throw Fault(OverLimitAbsolute("maxTotalRAMSize", Options.AbsoluteLimits.MaxTotalRamSize, now));
        }

        server.PreviousFlavorId = server.FlavorId;
        server.FlavorId = flavor.Id;
        Enter(server, ServerStatus.QueueResize, now, Options.ResizeStepTime, changes);
        Arm(server, now);
        return server.ToSnapshot(now);
    });

    internal ServerSnapshot ConfirmResize(TenantContext ctx, string id) => Update(changes =>
    {
        var server = Find(ctx, id);
        var now = _time.GetUtcNow();
        CatchUp(server, now, changes);
        RequireStatus(ctx, server, "confirmResize", ServerStatus.VerifyResize);
        server.PreviousFlavorId = null;
        Enter(server, ServerStatus.Active, now, null, changes);
        Arm(server, now);
        return server.ToSnapshot(now);
    });

    internal ServerSnapshot RevertResize(TenantContext ctx, string id) => Update(changes =>
    {
        var server = Find(ctx, id);
        var now = _time.GetUtcNow();
        CatchUp(server, now, changes);
        RequireStatus(ctx, server, "revertResize", ServerStatus.VerifyResize);
        Enter(server, ServerStatus.RevertResize, now, Options.ResizeStepTime, changes);
        Arm(server, now);
        return server.ToSnapshot(now);
    });

    internal ServerSnapshot ChangePassword(TenantContext ctx, string id, string adminPass) => UpdateServer(ctx, id, null, adminPass);

    /// <summary>Refuses an action unless the server is in one of <paramref name="allowed"/>, with the dialect's 409.</summary>
    private static void RequireStatus(TenantContext ctx, ServerRecord server, string action, params string[] allowed)
    {
        if (allowed.Contains(server.Status))
        {
            return;
        }

        if (ctx.Dialect == ApiDialect.V2)
        {
            throw Fault(new CloudFault("conflictingRequest", 409,
                $"Cannot '{action}' instance {server.Id} while it is in status {server.Status}."));
        }

        var message = $"Server {server.LegacyId} is in status {server.Status}; {action} is not allowed now.";
        throw Fault(server.Status is ServerStatus.QueueResize or ServerStatus.PrepResize or ServerStatus.Resize
            or ServerStatus.VerifyResize or ServerStatus.RevertResize
            ? CloudFault.BackupOrResizeInProgress(message)
            : CloudFault.BuildInProgress(message));
    }
}
