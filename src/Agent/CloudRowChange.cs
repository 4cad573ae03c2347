namespace Autoscaler.Agent;

/// <summary>One notification of <see cref="ServerDirectory.SubscribeAsync"/>.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Row">The row concerned (null for <see cref="CloudRowChangeKind.Synced"/>).</param>
public sealed record CloudRowChange(CloudRowChangeKind Kind, CloudRowValue? Row);

/// <summary>What happened to a row.</summary>
public enum CloudRowChangeKind
{
    /// <summary>The row existed when the subscription started.</summary>
    Current,

    /// <summary>Every current row has been sent; changes follow.</summary>
    Synced,

    /// <summary>The row was posted or overwritten.</summary>
    Updated,

    /// <summary>The row was released, or its poster disconnected.</summary>
    Released,
}
