namespace Autoscaler.Agent;

/// <summary>One row a game server posted with <see cref="GameServerAgent.Post"/>, and who posted it.</summary>
/// <param name="ServerId">The posting server.</param>
/// <param name="Fleet">The posting server's fleet.</param>
/// <param name="PrimaryKey">The row's primary key.</param>
/// <param name="SecondaryKey">The row's secondary key.</param>
/// <param name="Value">The posted bytes (empty for a released row).</param>
/// <param name="Load">The poster's latest load, if it reported one.</param>
/// <param name="UpdatedAt">When the controller stored the row.</param>
public sealed record CloudRowValue(
    string ServerId,
    string Fleet,
    string PrimaryKey,
    uint SecondaryKey,
    ReadOnlyMemory<byte> Value,
    ServerListing? Load,
    DateTimeOffset UpdatedAt);
