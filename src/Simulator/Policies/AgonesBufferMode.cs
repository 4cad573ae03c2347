namespace Autoscaler.Simulator.Policies;

/// <summary>How an Agones buffer size is expressed.</summary>
internal enum AgonesBufferMode
{
    /// <summary>A number of free player slots: desired = count + buffer.</summary>
    Absolute,

    /// <summary>A percentage of the total: desired = ceil(count x 100 / (100 - percent)).</summary>
    Percent,
}
