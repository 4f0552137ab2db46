/**
 * {@code winnow train}: fits the line model's weights on the tune split of the hand-labelled truth, or
 * cross-validates them. Uses {@code eval}'s truth cases, {@code format} and {@code measure}.
 */
package dev.winnow.train;
