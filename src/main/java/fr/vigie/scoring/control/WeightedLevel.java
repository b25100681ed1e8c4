package fr.vigie.scoring.control;

/** One rated criterion: its weight (&gt; 0) and the level given (1 to 5). */
public record WeightedLevel(double weight, int level) {

  public WeightedLevel {
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("a criterion weight must be a positive finite number, got " + weight);
    }
    if (level < 1 || level > 5) {
      throw new IllegalArgumentException("a level is from 1 to 5, got " + level);
    }
  }
}
