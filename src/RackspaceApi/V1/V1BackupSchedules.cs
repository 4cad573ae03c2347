using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>v1.0 backup schedules: get, set (204), disable (DELETE, 204).</summary>
public sealed class V1BackupSchedules
{
    private readonly V1Channel _channel;

    internal V1BackupSchedules(V1Channel channel) => _channel = channel;

    /// <summary>GET /servers/{id}/backup_schedule.</summary>
    public Task<RackspaceResponse<V1BackupSchedule>> GetAsync(int serverId, CancellationToken cancellationToken) =>
        _channel.SendAsync("GetBackupSchedule", HttpMethod.Get, Path(serverId), null, V1Reader.BackupSchedule, cancellationToken);

    /// <summary>POST /servers/{id}/backup_schedule (204).</summary>
    public Task<RackspaceResponse<NoBody>> SetAsync(int serverId, V1BackupSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return _channel.SendAsync("SetBackupSchedule", HttpMethod.Post, Path(serverId), V1Documents.BackupSchedule(schedule), cancellationToken);
    }

    /// <summary>DELETE /servers/{id}/backup_schedule (204): disables backups.</summary>
    public Task<RackspaceResponse<NoBody>> DisableAsync(int serverId, CancellationToken cancellationToken) =>
        _channel.SendAsync("DisableBackupSchedule", HttpMethod.Delete, Path(serverId), null, cancellationToken);

    private static string Path(int serverId) => $"servers/{V1Channel.Id(serverId)}/backup_schedule";
}
