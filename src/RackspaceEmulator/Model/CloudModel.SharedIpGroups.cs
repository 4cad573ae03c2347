using Autoscaler.RackspaceEmulator.Model;

namespace Autoscaler.RackspaceEmulator;

/// <summary>v1.0 shared IP groups, address sharing and backup schedules.</summary>
public sealed partial class CloudModel
{
    internal IReadOnlyList<SharedIpGroupSnapshot> ListSharedIpGroups(TenantContext ctx)
    {
        lock (_gate)
        {
            return [.. _ipGroups.Values.Where(g => g.TenantId == ctx.TenantId).OrderBy(g => g.Id).Select(SharedIpGroupSnapshot.From)];
        }
    }

    internal SharedIpGroupSnapshot GetSharedIpGroup(TenantContext ctx, int id)
    {
        lock (_gate)
        {
            return SharedIpGroupSnapshot.From(FindGroup(ctx, id));
        }
    }

    internal SharedIpGroupSnapshot CreateSharedIpGroup(TenantContext ctx, string name, int? serverId)
    {
        lock (_gate)
        {
            if (_ipGroups.Values.Count(g => g.TenantId == ctx.TenantId) >= Options.AbsoluteLimits.MaxIpGroups)
            {
                throw Fault(OverLimitAbsolute("maxIPGroups", Options.AbsoluteLimits.MaxIpGroups, _time.GetUtcNow()));
            }

            ServerRecord? server = null;
            if (serverId is { } id)
            {
                server = Find(ctx, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (server.SharedIpGroupId is not null)
                {
                    throw Fault(CloudFault.BadRequest($"Invalid sharedIpGroup.server: server {id} already belongs to a shared IP group."));
                }
            }

            var group = new SharedIpGroupRecord { Id = _nextIpGroupId++, TenantId = ctx.TenantId, Name = name };
            if (server is not null)
            {
                group.Servers.Add(server.LegacyId);
                server.SharedIpGroupId = group.Id;
            }

            _ipGroups.Add(group.Id, group);
            return SharedIpGroupSnapshot.From(group);
        }
    }

    internal void DeleteSharedIpGroup(TenantContext ctx, int id)
    {
        lock (_gate)
        {
            var group = FindGroup(ctx, id);
            if (group.Servers.Count > 0)
            {
                throw Fault(CloudFault.BadRequest($"Invalid sharedIpGroup: group {id} still has servers."));
            }

            _ipGroups.Remove(id);
        }
    }

    /// <summary>Shares <paramref name="address"/> (the public IP of a server of the group) with the server.</summary>
    internal void ShareIp(TenantContext ctx, string serverId, string address, int groupId)
    {
        Update(changes =>
        {
            var server = Find(ctx, serverId);
            CatchUp(server, _time.GetUtcNow(), changes);
            RequireStatus(ctx, server, "shareIp", ServerStatus.Active);
            var group = FindGroup(ctx, groupId);
            var owner = group.Servers.Select(id => _serversByLegacyId[id]).FirstOrDefault(s => s.PublicIPv4 == address);
            if (owner is null)
            {
                throw Fault(CloudFault.BadRequest($"Invalid address: {address} is not the public address of a server in shared IP group {groupId}."));
            }

            if (server.SharedIpGroupId is { } current && current != groupId)
            {
                throw Fault(CloudFault.BadRequest($"Invalid sharedIpGroupId: server {server.LegacyId} belongs to shared IP group {current}."));
            }

            if (!group.Servers.Contains(server.LegacyId))
            {
                if (group.Servers.Count >= Options.AbsoluteLimits.MaxIpGroupMembers)
                {
                    throw Fault(OverLimitAbsolute("maxIPGroupMembers", Options.AbsoluteLimits.MaxIpGroupMembers, _time.GetUtcNow()));
                }

                group.Servers.Add(server.LegacyId);
                server.SharedIpGroupId = groupId;
            }

            if (owner != server && !server.SharedIps.Contains(address))
            {
                server.SharedIps.Add(address);
            }

            server.Updated = _time.GetUtcNow();
            return 0;
        });
    }

    internal void UnshareIp(TenantContext ctx, string serverId, string address)
    {
        lock (_gate)
        {
            var server = Find(ctx, serverId);
            if (!server.SharedIps.Remove(address))
            {
                throw Fault(CloudFault.ItemNotFound($"The address {address} is not shared with server {server.LegacyId}."));
            }

            server.Updated = _time.GetUtcNow();
        }
    }

    internal BackupScheduleRecord GetBackupSchedule(TenantContext ctx, string serverId)
    {
        lock (_gate)
        {
            return Find(ctx, serverId).BackupSchedule;
        }
    }

    internal void SetBackupSchedule(TenantContext ctx, string serverId, BackupScheduleRecord schedule)
    {
        lock (_gate)
        {
            var server = Find(ctx, serverId);
            server.BackupSchedule = schedule;
            server.Updated = _time.GetUtcNow();
        }
    }

    internal AbsoluteUsage Usage(TenantContext ctx)
    {
        lock (_gate)
        {
            var live = LiveServers(ctx.TenantId).ToList();
            return new AbsoluteUsage(
                RamInUse(live),
                live.Count,
                _ipGroups.Values.Count(g => g.TenantId == ctx.TenantId),
                _images.Count(i => i.TenantId == ctx.TenantId && !i.IsDeleted));
        }
    }

    private SharedIpGroupRecord FindGroup(TenantContext ctx, int id) =>
        _ipGroups.GetValueOrDefault(id) is { } group && group.TenantId == ctx.TenantId
            ? group
            : throw Fault(CloudFault.ItemNotFound("The shared IP group could not be found"));
}
