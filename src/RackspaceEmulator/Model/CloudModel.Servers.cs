using Autoscaler.RackspaceEmulator.Model;

namespace Autoscaler.RackspaceEmulator;

/// <summary>Server create, read, update and delete.</summary>
public sealed partial class CloudModel
{
    internal (ServerSnapshot Server, string AdminPass) CreateServer(TenantContext ctx, CreateServerCommand command) => Update(changes =>
    {
        var now = _time.GetUtcNow();
        if (Faults.CapacityUnavailableRate > 0 && _random.NextDouble() < Faults.CapacityUnavailableRate)
        {
            throw Fault(new CloudFault("serverCapacityUnavailable", 503, "The server capacity is currently unavailable; retry later."));
        }

        var image = ResolveImage(ctx, command.ImageRef)
            ?? throw Fault(CloudFault.BadRequest($"Invalid {ImageField(ctx)}: image {command.ImageRef} was not found."));
        var flavor = ResolveFlavor(command.FlavorRef)
            ?? throw Fault(CloudFault.BadRequest($"Invalid {FlavorField(ctx)}: flavor {command.FlavorRef} was not found."));
        CheckMetadataLimit(ctx, command.Metadata.Count);
        CheckPersonality(ctx, command.Personality);
        SharedIpGroupRecord? group = null;
        if (command.SharedIpGroupId is { } groupId)
        {
            group = _ipGroups.GetValueOrDefault(groupId) is { } g && g.TenantId == ctx.TenantId
                ? g
                : throw Fault(CloudFault.BadRequest($"Invalid sharedIpGroupId: shared IP group {groupId} was not found."));
            if (group.Servers.Count >= Options.AbsoluteLimits.MaxIpGroupMembers)
            {
                throw Fault(OverLimitAbsolute("maxIPGroupMembers", Options.AbsoluteLimits.MaxIpGroupMembers, now));
            }
        }

        var live = LiveServers(ctx.TenantId);
        if (live.Count() >= Options.AbsoluteLimits.MaxTotalInstances)
        {
            throw Fault(OverLimitAbsolute("maxTotalInstances", Options.AbsoluteLimits.MaxTotalInstances, now));
        }

        if (RamInUse(live) + flavor.Ram > Options.AbsoluteLimits.MaxTotalRamSize)
        {
            throw Fault(OverLimitAbsolute("maxTotalRAMSize", Options.AbsoluteLimits.MaxTotalRamSize, now));
        }

        var address = _nextAddress++;
        var server = new ServerRecord
        {
            Id = NewUuid(),
            LegacyId = _nextServerLegacyId++,
            TenantId = ctx.TenantId,
            Region = ctx.Region,
            HostId = NewHex(32),
            Name = command.Name,
            FlavorId = flavor.Id,
            Image = image,
            AdminPass = NewPassword(),
            Created = now,
            Updated = now,
            PublicIPv4 = $"166.78.{address / 250 % 250}.{(address % 250) + 2}",
            PublicIPv6 = $"2001:4800:7810:512:be76:4eff:fe{address / 256 % 256:x2}:{address % 256:x2}",
            PrivateIPv4 = $"10.176.{address / 250 % 250}.{(address % 250) + 2}",
            Metadata = new Dictionary<string, string>(command.Metadata, StringComparer.Ordinal),
            Personality = [.. command.Personality],
            UserData = command.UserData,
            ConfigDrive = command.ConfigDrive,
            DiskConfig = command.DiskConfig ?? "AUTO",
            SharedIpGroupId = group?.Id,
            BuildOutcome = DrawBuildOutcome(),
        };
        group?.Servers.Add(server.LegacyId);
        _servers.Add(server.Id, server);
        _serversByLegacyId.Add(server.LegacyId, server);
        if (!_liveByTenant.TryGetValue(server.TenantId, out var tenantServers))
        {
            _liveByTenant[server.TenantId] = tenantServers = [];
        }

        tenantServers.Add(server);
        server.Status = string.Empty;
        Enter(server, ServerStatus.Build, now, server.BuildOutcome == BuildOutcome.Never ? null : Options.BuildTime, changes);
        Arm(server, now);
        return (server.ToSnapshot(now), server.AdminPass);
    });

    internal ServerSnapshot GetServer(TenantContext ctx, string id) => Update(changes =>
    {
        var server = Find(ctx, id, includeRecentlyDeleted: true);
        var now = _time.GetUtcNow();
        CatchUp(server, now, changes);
        return server.ToSnapshot(now);
    });

    /// <summary>The tenant's servers (in the request's region for v2), oldest first; deleted ones only with changes-since.</summary>
    internal IReadOnlyList<ServerSnapshot> ListServers(TenantContext ctx, DateTimeOffset? changesSince) => Update(changes =>
    {
        var now = _time.GetUtcNow();
        var result = new List<ServerSnapshot>();
        foreach (var server in _serversByLegacyId.Values.OrderBy(s => s.LegacyId))
        {
            if (server.TenantId != ctx.TenantId || (ctx.Dialect == ApiDialect.V2 && server.Region != ctx.Region))
            {
                continue;
            }

            CatchUp(server, now, changes);
            if (changesSince is { } since)
            {
                if (server.Updated >= since)
                {
                    result.Add(server.ToSnapshot(now));
                }
            }
            else if (!server.IsDeleted)
            {
                result.Add(server.ToSnapshot(now));
            }
        }

        return result;
    });

    internal ServerSnapshot UpdateServer(TenantContext ctx, string id, string? name, string? adminPass) => Update(changes =>
    {
        var server = Find(ctx, id);
        var now = _time.GetUtcNow();
        CatchUp(server, now, changes);
        if (name is not null)
        {
            server.Name = name;
            server.Updated = now;
        }

        if (adminPass is not null)
        {
            RequireStatus(ctx, server, "changePassword", ServerStatus.Active);
            server.AdminPass = adminPass;
            Enter(server, ServerStatus.Password, now, Options.PasswordChangeTime, changes);
            Arm(server, now);
        }

        return server.ToSnapshot(now);
    });

    internal void DeleteServer(TenantContext ctx, string id) => Update(changes =>
    {
        var server = Find(ctx, id);
        var now = _time.GetUtcNow();
        CatchUp(server, now, changes);
        server.Timer?.Dispose();
        server.Timer = null;
        foreach (var group in _ipGroups.Values)
        {
            group.Servers.Remove(server.LegacyId);
        }

        Enter(server, ServerStatus.Deleted, now, null, changes);
        _liveByTenant[server.TenantId].Remove(server);
        return 0;
    });

    /// <summary>The caller's server; a deleted one only for reads within <see cref="EmulatorOptions.DeletedVisibleTime"/>.</summary>
    private ServerRecord Find(TenantContext ctx, string id, bool includeRecentlyDeleted = false)
    {
        ServerRecord? server = ctx.Dialect == ApiDialect.V1
            ? (int.TryParse(id, out var legacy) ? _serversByLegacyId.GetValueOrDefault(legacy) : null)
            : _servers.GetValueOrDefault(id);
        var hidden = server is { DeletedAt: { } deletedAt }
            && !(includeRecentlyDeleted && _time.GetUtcNow() < deletedAt + Options.DeletedVisibleTime);
        if (server is null || hidden || server.TenantId != ctx.TenantId
            || (ctx.Dialect == ApiDialect.V2 && server.Region != ctx.Region))
        {
            throw Fault(CloudFault.ItemNotFound(ctx.Dialect == ApiDialect.V1 ? "The server could not be found" : "Instance could not be found"));
        }

        return server;
    }

    /// <summary>The tenant's servers that are not deleted (an index, so creates stay cheap with many servers).</summary>
    private IEnumerable<ServerRecord> LiveServers(string tenantId) =>
        _liveByTenant.TryGetValue(tenantId, out var live) ? live : [];

    private int RamInUse(IEnumerable<ServerRecord> servers) =>
        servers.Sum(s => Math.Max(ResolveFlavor(s.FlavorId)?.Ram ?? 0, s.PreviousFlavorId is { } p ? ResolveFlavor(p)?.Ram ?? 0 : 0));

    private BuildOutcome DrawBuildOutcome()
    {
        var faults = Faults;
        if (faults.BuildFailureRate <= 0 && faults.BuildHangRate <= 0)
        {
            return BuildOutcome.Active;
        }

        var draw = _random.NextDouble();
        return draw < faults.BuildFailureRate ? BuildOutcome.Error
            : draw < faults.BuildFailureRate + faults.BuildHangRate ? BuildOutcome.Never
            : BuildOutcome.Active;
    }

    private void CheckMetadataLimit(TenantContext ctx, int count)
    {
        var max = ctx.Dialect == ApiDialect.V1 ? Options.AbsoluteLimits.MaxV1ServerMeta : Options.AbsoluteLimits.MaxServerMeta;
        if (count > max)
        {
            throw Fault(ctx.Dialect == ApiDialect.V1
                ? CloudFault.BadRequest($"Invalid metadata: at most {max} metadata items are allowed.")
                : new CloudFault("overLimit", 413, $"Quota exceeded for metadata: maxServerMeta is {max}."));
        }
    }

    private void CheckPersonality(TenantContext ctx, IReadOnlyList<PersonalityFile> files)
    {
        var limits = Options.AbsoluteLimits;
        if (files.Count > limits.MaxPersonality)
        {
            throw Fault(ctx.Dialect == ApiDialect.V1
                ? CloudFault.BadRequest($"Invalid personality: at most {limits.MaxPersonality} files are allowed.")
                : new CloudFault("overLimit", 413, $"Personality file limit exceeded: maxPersonality is {limits.MaxPersonality}."));
        }

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (string.IsNullOrWhiteSpace(file.Path))
            {
                throw Fault(CloudFault.BadRequest($"Invalid personality[{i}].path: a path is required."));
            }

            var buffer = new byte[(file.Contents.Length * 3 / 4) + 3];
            if (!Convert.TryFromBase64String(file.Contents, buffer, out var length))
            {
                throw Fault(CloudFault.BadRequest($"Invalid personality[{i}].contents: not valid base64."));
            }

            if (length > limits.MaxPersonalitySize)
            {
                throw Fault(ctx.Dialect == ApiDialect.V1
                    ? CloudFault.BadRequest($"Invalid personality[{i}].contents: larger than {limits.MaxPersonalitySize} bytes.")
                    : new CloudFault("overLimit", 413, $"Personality content too long: maxPersonalitySize is {limits.MaxPersonalitySize}."));
            }
        }
    }

    private CloudFault OverLimitAbsolute(string limit, int value, DateTimeOffset now) =>
        CloudFault.OverLimit($"Quota exceeded: {limit} of {value} reached.", $"Absolute limit {limit} is {value}.", now, 0) with
        {
            RetryAt = null,
            RetryAfterSeconds = null,
        };

    private static string ImageField(TenantContext ctx) => ctx.Dialect == ApiDialect.V1 ? "imageId" : "imageRef";

    private static string FlavorField(TenantContext ctx) => ctx.Dialect == ApiDialect.V1 ? "flavorId" : "flavorRef";

    private static CloudFaultException Fault(CloudFault fault) => new(fault);
}
