/**
 * Step 0: the data files. The built-in lists, tables and model weights below {@code /dev/winnow/}, merged
 * with a user's folder of rules ({@link dev.winnow.Config#rules()}); a broken entry is an error naming its
 * file and line. Uses nothing else of winnow.
 */
package dev.winnow.data;
