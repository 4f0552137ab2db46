/**
 * Step 5, the line model: the last revision of the labels. A logistic model fitted offline on the tune
 * split weighs each line's features, the rules' decisions and its neighbours' ({@link dev.winnow.model.ModelFeatures});
 * its weights are a data file ({@link dev.winnow.model.LineModel#FILE}), and a revised decision names the
 * features that weighed most. Uses steps 0 to 4.
 */
package dev.winnow.model;
