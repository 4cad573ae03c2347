namespace Autoscaler.RackspaceEmulator;

/// <summary>Raised when an emulated server changes status (BUILD -> ACTIVE, ACTIVE -> REBOOT, ... -> DELETED).</summary>
public sealed class ServerStatusChangedEventArgs(ServerSnapshot server, string oldStatus, DateTimeOffset time) : EventArgs
{
    /// <summary>The server after the change.</summary>
    public ServerSnapshot Server { get; } = server;

    /// <summary>The v2 id of the server.</summary>
    public string ServerId => Server.Id;

    /// <summary>The v1.0 id of the server.</summary>
    public int LegacyId => Server.LegacyId;

    /// <summary>Server name.</summary>
    public string Name => Server.Name;

    /// <summary>Status before the change; empty for a newly created server.</summary>
    public string OldStatus { get; } = oldStatus;

    /// <summary>Status after the change.</summary>
    public string NewStatus => Server.Status;

    /// <summary>Personality files the server boots with.</summary>
    public IReadOnlyList<PersonalityFile> Personality => Server.Personality;

    /// <summary>Metadata the server boots with.</summary>
    public IReadOnlyDictionary<string, string> Metadata => Server.Metadata;

    /// <summary>user_data (base64) the server boots with, or null.</summary>
    public string? UserData => Server.UserData;

    /// <summary>Time of the change on the emulator's clock.</summary>
    public DateTimeOffset Time { get; } = time;
}
